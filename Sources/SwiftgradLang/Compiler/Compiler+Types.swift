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

    /// A `struct`, `class`, `enum` or `extension` declaration, in four steps: what its header says
    /// (`typeHeader`), the names its bodies see as implicit `self.` members (`memberScope`), its members
    /// compiled (`compileMembers`), an enum's raw values (`enumRawValues`); running the declaration
    /// builds or extends the type from them (`TypeBuilder`).
    func compileTypeDecl(_ d: TypeDecl) throws -> Exec {
        if d.kind == .protocol { return try compileProtocolDecl(d) }
        if !d.genericParameters.isEmpty, d.kind != .extension {
            var methods: [String: [TypeRef?]] = [:]
            var overloaded: Set<String> = []
            for m in d.members {
                guard case let .function(f) = m.kind, !f.isStatic else { continue }
                if methods[f.name] != nil { overloaded.insert(f.name) }
                methods[f.name] = f.parameters.map { $0.type }
            }
            for n in overloaded { methods[n] = nil }
            cellGenericTypes[d.name] = (d.genericParameters, methods)
        }
        let header = try typeHeader(d)
        let scope = memberScope(d, header)
        let members = try compileMembers(d, header, scope)
        let builder = TypeBuilder(header: header, doc: d.doc, members: members,
                                  enumRaw: enumRawValues(d, members.cases), rt: rt,
                                  superCell: header.superName.map { rt.globalCell($0) },
                                  conformances: conformanceCells(d), typeCell: rt.globalCell(d.name))
        return { f in
            try builder.build(f)
            return .normal
        }
    }

    func typeHeader(_ d: TypeDecl) throws -> TypeHeader {
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
        let isStruct = kind == .structType || (isExtension && existingKind(d.name) == .structType)
        return TypeHeader(name: d.name, kind: kind, isExtension: isExtension, superName: superName, isStruct: isStruct)
    }

    /// The names method bodies see as implicit `self.` members (recorded in `cellTypes` for later
    /// declarations of this cell), and those static methods see.
    func memberScope(_ d: TypeDecl, _ header: TypeHeader) -> MemberScope {
        var members: Set<String> = header.isExtension ? existingMembers(d.name) : (header.superName.map { existingMembers($0) } ?? [])
        for p in d.inherited where existingKind(p.name ?? "") == .protocolType { members.formUnion(existingMembers(p.name ?? "")) }
        var staticNames: Set<String> = []
        for m in d.members {
            switch m.kind {
            case let .variable(v):
                for b in v.bindings { if let n = b.name { if v.isStatic { staticNames.insert(n) } else { members.insert(n) } } }
            case let .function(f) where !f.isOperator:
                if f.isStatic { staticNames.insert(f.name) } else { members.insert(f.name) }
            default: break
            }
        }
        if d.kind == .enum { members.insert("rawValue") }  // `var symbol: String { rawValue }`
        if !header.isExtension { cellTypes[d.name] = (header.kind, members) } else { cellTypes[d.name]?.members.formUnion(members) }
        var instance = SelfTypeInfo(name: d.name, members: members, isStruct: header.isStruct, isStatic: false)
        for m in d.members {
            guard case let .variable(v) = m.kind, !v.isStatic else { continue }
            for b in v.bindings where b.accessors?.willSet != nil || b.accessors?.didSet != nil {
                if let n = b.name { instance.observed.insert(n) }
            }
        }
        return MemberScope(instance: instance,
                           statics: SelfTypeInfo(name: d.name, members: staticNames, isStruct: false, isStatic: true))
    }

    /// An enum's raw type (`Int`, `String`, `Double`, `Character`; nil for none) and each case's raw
    /// value: written, or counted on from the last Int, or the case's name for `String`.
    func enumRawValues(_ d: TypeDecl, _ cases: [EnumCaseElement]) -> (rawType: String?, values: [Value]) {
        let rawType = d.kind == .enum ? d.inherited.first?.name.flatMap { ["Int", "String", "Double", "Character"].contains($0) ? $0 : nil } : nil
        var rawValues: [Value] = []
        var nextInt = 0
        for c in cases {
            if let r = c.rawValue {
                switch r.kind {
                case let .intLiteral(i): rawValues.append(.int(i)); nextInt = i + 1
                case let .prefix(.minus, x): if case let .intLiteral(i) = x.kind { rawValues.append(.int(-i)); nextInt = -i + 1 } else { rawValues.append(.null) }
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
        return (rawType, rawValues)
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
