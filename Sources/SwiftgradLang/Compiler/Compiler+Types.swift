extension Compiler {
    /// Member names of builtin types, for implicit `self.` inside `extension Array { ... }`.
    static let builtinMemberNames: Set<String> = [
        "count", "isEmpty", "first", "last", "map", "filter", "reduce", "sorted", "contains", "append",
        "indices", "enumerated", "reversed", "min", "max", "forEach", "compactMap", "joined", "insert",
        "remove", "removeAll", "keys", "values", "rounded", "squareRoot", "magnitude", "isNaN", "description",
        "uppercased", "lowercased", "hasPrefix", "hasSuffix", "split", "prefix", "suffix", "dropFirst",
        "dropLast", "firstIndex", "truncatingRemainder", "isMultiple", "signum",
    ]

    /// The member names a type already defined at compile time has (for implicit `self.`).
    func existingMembers(_ typeName: String) -> Set<String> {
        if let t = cellTypes[typeName] {
            return (protocolRefinements[typeName] ?? []).reduce(t.members) { $0.union(existingMembers($1)) }
        }
        guard let g = rt.globals[typeName], g.isDefined, case let .type(t) = g.value else { return [] }
        var names: Set<String> = []
        var c: TypeValue? = t
        while let x = c {
            names.formUnion(x.fieldNames)
            names.formUnion(x.methods.keys)
            names.formUnion(x.computed.keys)
            names.formUnion(x.memberNames)
            for p in x.protocols where p !== x { names.formUnion(existingMembers(p.name)) }
            c = x.superclass
        }
        if t.kind == .builtin { names.formUnion(Compiler.builtinMemberNames) }
        return names
    }

    func compileTypeDecl(_ d: TypeDecl) throws -> Exec {
        let rt = self.rt
        if d.kind == .protocol { return try compileProtocolDecl(d) }
        let isExtension = d.kind == .extension
        if isExtension, existingKind(d.name) == nil {
            throw error("cannot extend '\(d.name)': no type or protocol of that name is defined (the library's protocols such as 'Numeric' or 'Collection' cannot be extended)")
        }
        let kind: TypeKind = d.kind == .struct ? .structType : (d.kind == .enum ? .enumType : .classType)
        // A superclass is an inherited name that is a class known now (others are protocols).
        var superName: String?
        if d.kind == .class, let first = d.inherited.first?.name, existingKind(first) == .classType {
            superName = first
        }
        // Names visible as implicit `self.` members in method bodies.
        var members: Set<String> = isExtension ? existingMembers(d.name) : (superName.map { existingMembers($0) } ?? [])
        for p in d.inherited where existingKind(p.name ?? "") == .protocolType { members.formUnion(existingMembers(p.name ?? "")) }
        for m in d.members {
            switch m.kind {
            case let .variable(v) where !v.isStatic: for b in v.bindings { if let n = b.name { members.insert(n) } }
            case let .function(f) where !f.isStatic && !f.isOperator: members.insert(f.name)
            default: break
            }
        }
        if d.kind == .enum { members.insert("rawValue") }  // `var symbol: String { rawValue }`
        let isStruct = kind == .structType || (isExtension && existingKind(d.name) == .structType)
        let info = SelfTypeInfo(name: d.name, members: members, isStruct: isStruct, isStatic: false)
        if !isExtension { cellTypes[d.name] = (kind, members) } else { cellTypes[d.name]?.members.formUnion(members) }
        // Inside static methods, the type's static properties and methods are implicit members.
        var staticNames: Set<String> = []
        for m in d.members {
            switch m.kind {
            case let .variable(v) where v.isStatic: for b in v.bindings { if let n = b.name { staticNames.insert(n) } }
            case let .function(f) where f.isStatic && !f.isOperator: staticNames.insert(f.name)
            default: break
            }
        }
        let staticInfo = SelfTypeInfo(name: d.name, members: staticNames, isStruct: false, isStatic: true)

        // Stored properties, in order, with initial values compiled in a small context.
        struct FieldSpec {
            var name: String; var isLet: Bool; var initial: Eval?; var coercion: Coercion; var optional: Bool
            /// The declared type (or the optional one inferred from the initial value): the struct prints its
            /// optionals as `Optional(…)`; assignments give it to literals and implicit members.
            var type: TypeRef?
            /// The key the field is found by: its name, or a hidden key when observers stand in front of it.
            var key: String
        }
        var observed: [(name: String, key: String, observers: PropertyObservers)] = []
        var lazies: [(name: String, key: String, initializer: (FunctionProto, [Int]))] = []
        var fields: [FieldSpec] = []
        var statics: [(String, Eval?)] = []
        var computed: [(String, FunctionProto, [Int], FunctionProto?, [Int])] = []
        var staticComputed: [(String, FunctionProto, [Int], FunctionProto?, [Int])] = []
        var methods: [(String, FunctionProto, [Int], Bool)] = []
        var inits: [(FunctionProto, [Int])] = []
        var cases: [EnumCaseElement] = []
        var nestedTypes: [Exec] = []
        var nestedNames: [String] = []
        let initCtx = FunctionContext(parent: fn, name: "\(d.name).init", isTopLevel: false, body: [])
        for m in d.members {
            currentLine = m.location.line
            switch m.kind {
            case let .variable(v):
                for b in v.bindings {
                    guard let name = b.name else { throw error("properties must be simple names") }
                    if let acc = b.accessors, acc.isComputed {
                        let getter = FunctionShape(name: name, params: [], returnType: b.type, body: acc.getter ?? [],
                                                   hasSelf: true, selfType: v.isStatic ? staticInfo : info, implicitReturn: true,
                                                   doc: v.doc, line: b.location.line)
                        let (gp, gc) = try compileFunction(getter)
                        var sp: FunctionProto?, sc: [Int] = []
                        if let s = acc.setter {
                            let param = FuncParam(label: nil, name: s.parameterName, type: b.type, location: b.location)
                            let setter = FunctionShape(name: name, params: [param], returnType: nil, body: s.body, hasSelf: true,
                                                       selfType: v.isStatic ? staticInfo : info, isMutating: isStruct && !v.isStatic,
                                                       line: b.location.line)
                            (sp, sc) = try compileFunction(setter)
                        }
                        if v.isStatic { staticComputed.append((name, gp, gc, sp, sc)) } else { computed.append((name, gp, gc, sp, sc)) }
                        continue
                    }
                    if v.modifiers.contains(.lazy) && !v.isStatic, let initializer = b.initializer {
                        // `lazy var items = { ... }()`: computed on first read, with `self` in scope.
                        let key = LazyProperty.hiddenKey(name)
                        let shape = FunctionShape(name: name, params: [], returnType: b.type, body: [Stmt(.returnStmt(initializer), at: b.location)],
                                                  hasSelf: true, selfType: info, line: b.location.line)
                        lazies.append((name, key, try compileFunction(shape)))
                        fields.append(FieldSpec(name: name, isLet: false, initial: { _ in .void }, coercion: inferredCoercion(b.type, b.initializer),
                                                optional: false, type: b.type, key: key))
                        continue
                    }
                    var key = name
                    if let acc = b.accessors, acc.willSet != nil || acc.didSet != nil {
                        if v.isStatic { throw error("'\(acc.willSet != nil ? "willSet" : "didSet")' observers on static properties are not supported") }
                        key = PropertyObservers.hiddenKey(name)
                        observed.append((name, key, try compileObservers(acc, b, info, isStruct: isStruct)))
                    }
                    let saved = fn
                    fn = initCtx
                    let initial = try b.initializer.map { try compileExpr($0, expecting: b.type) }
                    fn = saved
                    if v.isStatic {
                        statics.append((name, initial))
                    } else {
                        if isExtension { throw error("extensions cannot add stored properties") }
                        let optional = b.type?.optionalWrapped != nil
                        let fieldType = b.type ?? b.initializer.flatMap { inferredShape($0) }
                        if let fieldType { cellFieldTypes[d.name, default: [:]][name] = fieldType }
                        fields.append(FieldSpec(name: name, isLet: v.isLet && initial != nil, initial: initial ?? (optional ? { _ in .null } : nil),
                                                coercion: inferredCoercion(b.type, b.initializer), optional: optional,
                                                type: fieldType, key: key))
                    }
                }
            case let .function(f):
                let isStatic = f.isStatic || f.isOperator
                let shape = FunctionShape(name: f.name, params: f.parameters, returnType: f.returnType, body: f.body ?? [],
                                          hasSelf: true, selfType: f.isOperator ? nil : (isStatic ? staticInfo : info), isMutating: f.isMutating,
                                          implicitReturn: f.returnType != nil, doc: f.doc, line: f.location.line)
                let (p, c) = try compileFunction(shape)
                methods.append((f.name, p, c, isStatic))
            case let .initializer(f):
                let shape = FunctionShape(name: "init", params: f.parameters, returnType: nil, body: f.body ?? [],
                                          hasSelf: true, selfType: info, isMutating: isStruct, isInit: true,
                                          isStructInit: isStruct, doc: f.doc, line: f.location.line)
                inits.append(try compileFunction(shape))
            case let .subscriptDecl(f):
                let getterBody = f.accessors?.getter ?? f.body ?? []
                let getter = FunctionShape(name: "subscript", params: f.parameters, returnType: f.returnType, body: getterBody,
                                           hasSelf: true, selfType: info, implicitReturn: true, line: f.location.line)
                let (gp, gc) = try compileFunction(getter)
                var sp: FunctionProto?, sc: [Int] = []
                if let s = f.accessors?.setter {
                    let param = FuncParam(label: nil, name: s.parameterName, type: f.returnType, location: f.location)
                    let setter = FunctionShape(name: "subscript", params: [param] + f.parameters, returnType: nil, body: s.body,
                                               hasSelf: true, selfType: info, isMutating: isStruct, line: f.location.line)
                    (sp, sc) = try compileFunction(setter)
                }
                computed.append(("subscript", gp, gc, sp, sc))
            case let .enumCase(elements): cases.append(contentsOf: elements)
            case let .typeDecl(nested):
                nestedTypes.append(try compileTypeDecl(nested))
                nestedNames.append(nested.name)
            case .deinitializer:
                // Objects are freed by reference counting plus a cycle collector, with no moment that would
                // match Swift's; a deinit that never runs would be a silent wrong answer.
                throw error("'deinit' is not supported (objects here are freed by a collector, so a deinit would not run when Swift runs it)")
            case .typeAlias, .operatorDecl, .precedenceGroupDecl, .importDecl: break
            default: throw error("unexpected statement in the body of '\(d.name)'")
            }
        }
        let initFrameSize = initCtx.frameSize
        let initCaptures = initCtx.captures.map { $0.parentLocal.slot }
        _ = initCaptures
        // Enum raw values.
        let rawType = d.kind == .enum ? d.inherited.first?.name.flatMap { ["Int", "String", "Double", "Character"].contains($0) ? $0 : nil } : nil
        var rawValues: [Value] = []
        var nextInt = 0
        for c in cases {
            if let r = c.rawValue {
                switch r.kind {
                case let .intLiteral(i): rawValues.append(.int(i)); nextInt = i + 1
                case let .prefix("-", x): if case let .intLiteral(i) = x.kind { rawValues.append(.int(-i)); nextInt = -i + 1 } else { rawValues.append(.null) }
                case let .stringLiteral(s): rawValues.append(.str(s))
                case let .doubleLiteral(x): rawValues.append(.double(x))
                default: rawValues.append(.null)
                }
            } else if rawType == "Int" {
                rawValues.append(.int(nextInt)); nextInt += 1
            } else if rawType == "String" {
                rawValues.append(.str(c.name))
            } else {
                rawValues.append(.null)
            }
        }
        let name = d.name, doc = d.doc
        let superCell = superName.map { rt.globalCell($0) }
        let conformances = conformanceCells(d)
        let typeCell = rt.globalCell(name)
        return { f in
            for n in nestedTypes { _ = try n(f) }
            let t: TypeValue
            if isExtension {
                guard typeCell.isDefined, case let .type(existing) = typeCell.value else {
                    throw RuntimeError.undefined(name)
                }
                t = existing
            } else {
                t = TypeValue(name: name, kind: kind)
                t.userDoc = doc
                if let superCell, case let .type(s) = superCell.value {
                    t.superclass = s
                    t.fieldNames = s.fieldNames
                    t.fieldIndex = s.fieldIndex
                    t.fieldInitializers = s.fieldInitializers
                    t.fieldCoercions = s.fieldCoercions
                    t.fieldIsLet = s.fieldIsLet
                    t.fieldOptional = s.fieldOptional
                    t.fieldTypes = s.fieldTypes
                }
                for spec in fields {
                    if let i = t.fieldIndex[spec.key] {
                        t.fieldInitializers[i] = spec.initial.map { ev in FieldInitializer(run: Compiler.initializer(ev, initFrameSize, rt)) }
                        continue
                    }
                    t.fieldIndex[spec.key] = t.fieldNames.count
                    t.fieldNames.append(spec.name)
                    t.fieldInitializers.append(spec.initial.map { ev in FieldInitializer(run: Compiler.initializer(ev, initFrameSize, rt)) })
                    t.fieldCoercions.append(spec.coercion)
                    t.fieldIsLet.append(spec.isLet)
                    t.fieldOptional.append(spec.optional)
                    t.fieldTypes.append(spec.type)
                }
                t.caseNames = cases.map { $0.name }
                t.caseRawValues = rawValues
                t.casePayloadLabels = cases.map { ($0.associatedValues ?? []).map { $0.label } }
                t.casePayloadTypes = cases.map { ($0.associatedValues ?? []).map { $0.type.name } }
                t.rawType = rawType
            }
            Compiler.addConformances(conformances, to: t)
            // `Card.Suit`: a nested type is also a member of its outer type.
            for n in nestedNames { if let g = rt.globals[n], g.isDefined, case .type = g.value { t.staticMembers[n] = g.value } }
            for o in observed { t.computed[o.name] = try o.observers.property(t, key: o.key, f, rt) }
            for l in lazies { t.computed[l.name] = try LazyProperty.property(t, name: l.name, key: l.key, initializer: l.initializer, f, rt) }
            for (n, gp, gc, sp, sc) in staticComputed {
                guard case let .function(g) = try Compiler.makeClosure(gp, gc)(f) else { continue }
                var setter: Function?
                if let sp, case let .function(s) = try Compiler.makeClosure(sp, sc)(f) { setter = s }
                t.staticComputed[n] = ComputedProperty(getter: g, setter: setter)
            }
            for (n, gp, gc, sp, sc) in computed {
                guard case let .function(g) = try Compiler.makeClosure(gp, gc)(f) else { continue }
                var setter: Function?
                if let sp, case let .function(s) = try Compiler.makeClosure(sp, sc)(f) { setter = s }
                t.computed[n] = ComputedProperty(getter: g, setter: setter)
                // A computed override of an inherited stored property hides the field (`super.n` reads it).
                if !isExtension, let i = t.fieldIndex[n] {
                    t.fieldIndex[n] = nil
                    t.fieldIndex[PropertyObservers.hiddenKey(n)] = i
                }
            }
            for (n, p, c, isStatic) in methods {
                guard case let .function(m) = try Compiler.makeClosure(p, c)(f) else { continue }
                if isStatic { t.staticMethods[n] = Compiler.adding(m, to: t.staticMethods[n]) }
                else { t.methods[n] = Compiler.adding(m, to: t.methods[n]) }
            }
            for (p, c) in inits {
                guard case let .function(m) = try Compiler.makeClosure(p, c)(f) else { continue }
                t.initializers.removeAll { Runtime.sameLabels($0, m) && Runtime.sameTypes($0, m) }
                t.initializers.append(m)
            }
            if !isExtension { rt.defineType(t) }
            // After the type is defined: a static property may be an instance (`static let zero = Vec(0, 0)`).
            for (n, initial) in statics { t.staticVars[n] = Box(try initial?(f) ?? .null) }
            return .normal
        }
    }

    func existingKind(_ name: String) -> TypeKind? {
        if let t = cellTypes[name] { return t.kind }
        guard let g = rt.globals[name], g.isDefined, case let .type(t) = g.value else { return nil }
        return t.kind
    }

    /// A field's initial value, evaluated in a scratch frame.
    static func initializer(_ ev: @escaping Eval, _ frameSize: Int, _ rt: Runtime) -> (Frame) throws -> Value {
        if frameSize <= 1 { return ev }
        return { _ in
            let f = try rt.reserve(frameSize)
            defer { rt.release(f, frameSize) }
            return try ev(f)
        }
    }

    /// Adds a method to a name's existing definition: replaces one with the same labels and parameter
    /// types, else forms an overload set (`static func * (Scalar, Scalar)` and `(Scalar, Double)`).
    static func adding(_ m: Function, to existing: Function?) -> Function {
        guard let existing else { return m }
        var members = existing.kind == .overloads ? unsafeDowncast(existing, to: OverloadSet.self).members : [existing]
        members.removeAll { Runtime.sameLabels($0, m) && Runtime.sameTypes($0, m) }
        if members.isEmpty { return m }
        members.append(m)
        return OverloadSet(name: m.name, members: members)
    }
}
