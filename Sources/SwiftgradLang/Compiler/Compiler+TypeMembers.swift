/// What a type declaration's header says, before its members are compiled.
struct TypeHeader {
    let name: String
    let kind: TypeKind
    let isExtension: Bool
    /// The superclass: the first inherited name when it is a class known now (the others are protocols).
    let superName: String?
    /// Whether methods work on a value (`self` is a struct, declared or extended): they may mutate it.
    let isStruct: Bool
}

/// The names a type's bodies see as implicit `self.` members: in instance members, and in static ones.
struct MemberScope {
    let instance: SelfTypeInfo
    let statics: SelfTypeInfo
}

/// A compiled function, not yet closed over the frame that declares it.
struct CompiledFunction {
    let proto: FunctionProto
    let captures: [Int]

    init(_ compiled: (FunctionProto, [Int])) { (proto, captures) = compiled }

    /// The function closed over frame `f`.
    func make(_ f: Frame) throws -> Function? {
        guard case let .function(fn) = try Compiler.makeClosure(proto, captures)(f) else { return nil }
        return fn
    }
}

/// A type declaration's members, compiled, by kind, each in declaration order.
struct TypeMembers {
    /// A stored property, its initial value compiled in a small context of its own.
    struct Field {
        var name: String; var isLet: Bool; var initial: Eval?; var coercion: Coercion; var optional: Bool
        /// The declared type (or the optional one inferred from the initial value): the struct prints its
        /// optionals as `Optional(…)`; assignments give it to literals and implicit members.
        var type: TypeRef?
        /// The key the field is found by: its name, or a hidden key when observers or `lazy` stand in front of it.
        var key: String
        /// What a literal or capture-less closure initializer evaluates to (see `FieldInitializer.constant`).
        var constant: Value? = nil
    }
    struct StaticVar { let name: String; let initial: Eval? }
    /// A computed property or a subscript (named by `Subscripts.key(arity:)`).
    struct Computed { let name: String; let getter: CompiledFunction; let setter: CompiledFunction? }
    struct Method { let name: String; let function: CompiledFunction; let isStatic: Bool }
    struct Observed { let name: String; let key: String; let observers: PropertyObservers }
    struct Lazy { let name: String; let key: String; let initializer: (FunctionProto, [Int]) }

    var fields: [Field] = []
    var statics: [StaticVar] = []
    var computed: [Computed] = []
    var staticComputed: [Computed] = []
    var methods: [Method] = []
    var initializers: [CompiledFunction] = []
    var observed: [Observed] = []
    var lazies: [Lazy] = []
    var cases: [EnumCaseElement] = []
    var nestedTypes: [Exec] = []
    var nestedNames: [String] = []
    /// The frame size field initial values need.
    var initFrameSize = 0
}

extension Compiler {
    /// Compiles every member of a type declaration, in order.
    func compileMembers(_ d: TypeDecl, _ header: TypeHeader, _ scope: MemberScope) throws -> TypeMembers {
        var out = TypeMembers()
        let info = scope.instance, isStruct = header.isStruct
        let initCtx = FunctionContext(parent: fn, name: "\(d.name).init", isTopLevel: false, body: [])
        for m in d.members {
            currentLine = m.location.line
            switch m.kind {
            case let .variable(v):
                for b in v.bindings {
                    guard let name = b.name else { throw error("properties must be simple names") }
                    if let acc = b.accessors, acc.isComputed {
                        let selfType = v.isStatic ? scope.statics : info
                        let getter = FunctionShape(name: name, params: [], returnType: b.type, body: acc.getter ?? [],
                                                   hasSelf: true, selfType: selfType, implicitReturn: true,
                                                   doc: v.doc, line: b.location.line)
                        var setter: CompiledFunction?
                        let compiledGetter = CompiledFunction(try compileFunction(getter))
                        if let s = acc.setter {
                            let param = FuncParam(label: nil, name: s.parameterName, type: b.type, location: b.location)
                            let shape = FunctionShape(name: name, params: [param], returnType: nil, body: s.body, hasSelf: true,
                                                      selfType: selfType, isMutating: isStruct && !v.isStatic,
                                                      line: b.location.line)
                            setter = CompiledFunction(try compileFunction(shape))
                        }
                        let property = TypeMembers.Computed(name: name, getter: compiledGetter, setter: setter)
                        if v.isStatic { out.staticComputed.append(property) } else { out.computed.append(property) }
                        continue
                    }
                    if v.modifiers.contains(.lazy) && !v.isStatic, let initializer = b.initializer {
                        // `lazy var items = { ... }()`: computed on first read, with `self` in scope.
                        let key = LazyProperty.hiddenKey(name)
                        let shape = FunctionShape(name: name, params: [], returnType: b.type, body: [Stmt(.returnStmt(initializer), at: b.location)],
                                                  hasSelf: true, selfType: info, line: b.location.line)
                        out.lazies.append(TypeMembers.Lazy(name: name, key: key, initializer: try compileFunction(shape)))
                        out.fields.append(TypeMembers.Field(name: name, isLet: false, initial: { _ in .void },
                                                            coercion: inferredCoercion(b.type, b.initializer),
                                                            optional: false, type: b.type, key: key))
                        continue
                    }
                    var key = name
                    if let acc = b.accessors, acc.willSet != nil || acc.didSet != nil {
                        if v.isStatic { throw error("'\(acc.willSet != nil ? "willSet" : "didSet")' observers on static properties are not supported") }
                        key = PropertyObservers.hiddenKey(name)
                        out.observed.append(TypeMembers.Observed(name: name, key: key,
                                                                 observers: try compileObservers(acc, b, info, isStruct: isStruct)))
                    }
                    let saved = fn
                    fn = initCtx
                    let initial = try b.initializer.map { try compileExpr($0, expecting: b.type) }
                    fn = saved
                    if v.isStatic {
                        out.statics.append(TypeMembers.StaticVar(name: name, initial: initial))
                    } else {
                        if header.isExtension { throw error("extensions cannot add stored properties") }
                        let optional = b.type?.optionalWrapped != nil
                        let fieldType = b.type ?? b.initializer.flatMap { inferredShape($0) }
                        if let fieldType { cellFieldTypes[d.name, default: [:]][name] = fieldType }
                        out.fields.append(TypeMembers.Field(name: name, isLet: v.isLet && initial != nil,
                                                            initial: initial ?? (optional ? { _ in .null } : nil),
                                                            coercion: inferredCoercion(b.type, b.initializer), optional: optional,
                                                            type: fieldType, key: key,
                                                            constant: try literalValue(b.initializer, initial)))
                    }
                }
            case let .function(f):
                let isStatic = f.isStatic || f.isOperator
                let shape = FunctionShape(name: f.name, params: f.parameters, returnType: f.returnType, body: f.body ?? [],
                                          hasSelf: true, selfType: f.isOperator ? nil : (isStatic ? scope.statics : info), isMutating: f.isMutating,
                                          implicitReturn: f.returnType != nil, doc: f.doc, line: f.location.line)
                out.methods.append(TypeMembers.Method(name: f.name, function: CompiledFunction(try compileFunction(shape)), isStatic: isStatic))
            case let .initializer(f):
                let shape = FunctionShape(name: "init", params: f.parameters, returnType: nil, body: f.body ?? [],
                                          hasSelf: true, selfType: info, isMutating: isStruct, isInit: true,
                                          isStructInit: isStruct, doc: f.doc, line: f.location.line)
                out.initializers.append(CompiledFunction(try compileFunction(shape)))
            case let .subscriptDecl(f):
                let getterBody = f.accessors?.getter ?? f.body ?? []
                let getter = FunctionShape(name: "subscript", params: f.parameters, returnType: f.returnType, body: getterBody,
                                           hasSelf: true, selfType: info, implicitReturn: true, line: f.location.line)
                let compiledGetter = CompiledFunction(try compileFunction(getter))
                var setter: CompiledFunction?
                if let s = f.accessors?.setter {
                    let param = FuncParam(label: nil, name: s.parameterName, type: f.returnType, location: f.location)
                    let shape = FunctionShape(name: "subscript", params: [param] + f.parameters, returnType: nil, body: s.body,
                                              hasSelf: true, selfType: info, isMutating: isStruct, line: f.location.line)
                    setter = CompiledFunction(try compileFunction(shape))
                }
                // Overloads by the number of indices (`m[i]` and `m[r, c]`); the same count twice would
                // need overload resolution by type, which is not done.
                let key = Subscripts.key(arity: f.parameters.count)
                if out.computed.contains(where: { $0.name == key }) {
                    throw error("two subscripts of '\(d.name)' take \(f.parameters.count) index(es): overloading a subscript by its parameter types is not supported")
                }
                out.computed.append(TypeMembers.Computed(name: key, getter: compiledGetter, setter: setter))
            case let .enumCase(elements): out.cases.append(contentsOf: elements)
            case let .typeDecl(nested):
                out.nestedTypes.append(try compileTypeDecl(nested))
                out.nestedNames.append(nested.name)
            case .deinitializer:
                // Objects are freed by reference counting plus a cycle collector, with no moment that would
                // match Swift's; a deinit that never runs would be a silent wrong answer.
                throw error("'deinit' is not supported (objects here are freed by a collector, so a deinit would not run when Swift runs it)")
            case .typeAlias, .operatorDecl, .precedenceGroupDecl, .importDecl: break
            default: throw error("unexpected statement in the body of '\(d.name)'")
            }
        }
        out.initFrameSize = initCtx.frameSize
        return out
    }
}

extension Compiler {
    /// The value of a number or Bool literal's compiled expression (which reads no frame), or of a
    /// closure that captures nothing (`var _backward: () -> Void = {}`: `compileClosure` makes it one
    /// shared function value; seen here as two evaluations giving the same object, a capturing
    /// closure gives two), else nil.
    func literalValue(_ e: Expr?, _ initial: Eval?) throws -> Value? {
        guard let e, let initial else { return nil }
        switch e.kind {
        case .intLiteral, .doubleLiteral, .boolLiteral:
            let slot = try rt.reserve(1)
            defer { rt.release(slot, 1) }
            return try initial(slot)
        case let .closure(c) where c.captureList.isEmpty:
            let slot = try rt.reserve(1)
            defer { rt.release(slot, 1) }
            let first = try initial(slot), second = try initial(slot)
            guard case let .function(a) = first, case let .function(b) = second, a === b else { return nil }
            return first
        default: return nil
        }
    }
}
