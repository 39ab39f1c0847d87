extension Compiler {
    /// What kind of function body is compiled.
    struct FunctionShape {
        var name: String
        var params: [FuncParam]
        var returnType: TypeRef?
        var body: [Stmt]
        var hasSelf = false
        var selfType: SelfTypeInfo?
        var isMutating = false
        var isInit = false
        var isStructInit = false
        var shorthandCount = 0
        /// The parameter types a typed context gives a closure's `$0`, `$1`...
        var shorthandTypes: [TypeRef] = []
        var implicitReturn = false
        var doc: String?
        var line = 0
    }

    /// Compiles a function body in a new function context; returns the prototype and the parent
    /// slots to capture when the closure is created.
    func compileFunction(_ shape: FunctionShape) throws -> (FunctionProto, [Int]) {
        let rt = self.rt
        let ctx = FunctionContext(parent: fn, name: shape.name, isTopLevel: false, body: shape.body)
        ctx.selfType = shape.selfType
        ctx.isMutating = shape.isMutating
        ctx.returnType = shape.returnType
        if shape.hasSelf {
            let selfMutable = shape.isMutating || shape.isStructInit
            ctx.scopes[0]["self"] = Local(slot: 0, boxed: false, isLet: !selfMutable, coercion: .none, typeName: shape.selfType?.name)
        }
        let proto = FunctionProto(name: shape.name)
        proto.hasSelf = shape.hasSelf
        proto.isMutating = shape.isMutating
        proto.isInit = shape.isInit
        proto.cellName = cellName
        proto.line = shape.line
        proto.docComment = shape.doc
        proto.returnTypeName = shape.returnType.map { $0.text }
        if let r = shape.returnType {
            // Returns are coerced to Double (`-> Double { 1 }`) and labelled as tuples; other types are not checked.
            switch Coercion(type: r) {
            case .double: proto.returnCoercion = .double
            case let .tupleLabels(labels): proto.returnCoercion = .tupleLabels(labels)
            // `-> Result<Int, E> { .success(1) }`: an implicit member becomes the enum's case.
            case let .named(name) where existingKind(name) == .enumType: proto.returnCoercion = .named(name)
            default: break
            }
        }
        let saved = fn
        fn = ctx
        defer { fn = saved }
        var params: [Parameter] = []
        for p in shape.params {
            let typeName = p.type?.text
            let coercion = p.isVariadic ? .none : (p.type.map { Coercion(type: $0) } ?? .none)
            let l = Local(slot: ctx.allocSlot(), boxed: p.isInout && ctx.capturedNames.contains(p.name),
                          isLet: !p.isInout, coercion: p.isInout ? .none : coercion, typeName: typeName,
                          type: p.isVariadic ? p.type.map { .array($0) } : p.type)
            if p.name != "_" { ctx.scopes[0][p.name] = l }
            if l.boxed { proto.boxedParamSlots.append(l.slot) }
            params.append(Parameter(label: p.label, name: p.name, defaultValue: nil, variadic: p.isVariadic,
                                    isInout: p.isInout, coercion: coercion, typeName: typeName))
        }
        if shape.shorthandCount > 0 {
            for i in 0..<shape.shorthandCount {
                let s = ctx.allocSlot()
                ctx.shorthandSlots.append(s)
                let type = i < shape.shorthandTypes.count ? shape.shorthandTypes[i] : nil
                params.append(Parameter(label: nil, name: "$\(i)", defaultValue: nil, variadic: false, isInout: false,
                                        coercion: type.map { Coercion(type: $0) } ?? .none, typeName: type?.text))
            }
        }
        for (i, p) in shape.params.enumerated() {
            if let d = p.defaultValue { params[i].defaultValue = try compileExpr(d, expecting: p.type) }
        }
        proto.params = params
        // A variadic parameter always goes through argument matching (it collects an array).
        proto.labelSignature = params.contains { $0.variadic } ? -1 : rt.labelSignatures.id(params.map { $0.label })
        if shape.implicitReturn, shape.body.count == 1, case let .expression(e) = shape.body[0].kind {
            let line = shape.body[0].location.line
            currentLine = line
            let ev = try compileExpr(e, expecting: shape.returnType)
            proto.body = { f in
                do { return try ev(f) } catch var err as RuntimeError {
                    if err.pendingLine == nil { err.pendingLine = line }
                    throw err
                }
            }
        } else {
            var body = shape.body
            // A body that is one `if`/`switch` whose branches are single expressions returns that
            // expression (Swift 5.9), when the function returns a value.
            if shape.implicitReturn, shape.returnType != nil, shape.returnType?.name != "Void", body.count == 1,
               Compiler.isConditional(body[0]), let returning = Parser.returning(body) { body = returning }
            let isInit = shape.isInit
            if !isInit, let last = body.last, case let .returnStmt(e?) = last.kind,
               !body.contains(where: { if case .deferStmt = $0.kind { return true } else { return false } }) {
                proto.body = try compileEndingInReturn(Array(body.dropLast()), e, line: last.location.line)
                proto.frameSize = ctx.frameSize
                proto.captureSlots = ctx.captures.map { $0.local.slot }
                proto.selfCapture = ctx.captures.firstIndex { $0.name == "self" } ?? -1
                return (proto, ctx.captures.map { $0.parentLocal.slot })
            }
            let block = try compileBlock(body, newScope: false)
            proto.body = { f in
                let r = try block(f)
                if case .returned = r {
                    // Moved out of the register (a copy and a reset would retain and release it).
                    var v = Value.void
                    swap(&v, &rt.registers.pointee.returnValue)
                    return isInit && !v.isNil ? .void : v  // `return nil` in an `init?` fails it
                }
                return .void
            }
        }
        proto.frameSize = ctx.frameSize
        proto.captureSlots = ctx.captures.map { $0.local.slot }
        proto.selfCapture = ctx.captures.firstIndex { $0.name == "self" } ?? -1
        return (proto, ctx.captures.map { $0.parentLocal.slot })
    }

    /// A function body whose last statement is `return e` (most): `e`'s value is the result
    /// directly, without the `return` statement's closure, the return register and the `.returned`
    /// flow through the block (about 6% of a call to `fib`, callgrind). Earlier `return`s still go
    /// through the register.
    func compileEndingInReturn(_ prefix: [Stmt], _ e: Expr, line: Int) throws -> (Frame) throws -> Value {
        let rt = self.rt
        if let first = prefix.first, let (condition, value, returnLine) = Compiler.earlyReturn(first) {
            return try compileEarlyReturn(condition, value, ifLine: first.location.line, returnLine: returnLine,
                                          rest: Array(prefix.dropFirst()), e, line: line)
        }
        let block = prefix.isEmpty ? nil : try compileBlock(prefix, newScope: false)
        currentLine = line
        let ev = try compileExpr(e, expecting: fn.returnType)
        guard let block else {
            return { f in
                do { return try ev(f) } catch { throw Compiler.annotated(error, line) }
            }
        }
        return { f in
            if case .returned = try block(f) {
                var v = Value.void
                swap(&v, &rt.registers.pointee.returnValue)
                return v
            }
            do { return try ev(f) } catch { throw Compiler.annotated(error, line) }
        }
    }

    /// `if c { return x }` (one Bool condition, no `else`): the statement opening `fib` and most
    /// recursive functions.
    static func earlyReturn(_ s: Stmt) -> (condition: Expr, value: Expr, returnLine: Int)? {
        guard case let .ifStmt(conditions, then, nil) = s.kind, conditions.count == 1,
              case let .expression(c) = conditions[0], then.count == 1,
              case let .returnStmt(x?) = then[0].kind else { return nil }
        return (c, x, then[0].location.line)
    }

    /// A body opening with `if c { return x }` and ending in `return e`: the condition answers a
    /// Swift `Bool` and `x` is the result directly, without the block, `if`, `return` closures and
    /// the return register (about a fifth of a call to `fib`, callgrind). Errors get the lines the
    /// statements would have given them.
    func compileEarlyReturn(_ condition: Expr, _ x: Expr, ifLine: Int, returnLine: Int, rest: [Stmt], _ e: Expr,
                            line: Int) throws -> (Frame) throws -> Value {
        currentLine = ifLine
        pushScope()
        let cond = try compileCondition(condition)
        pushScope()
        currentLine = returnLine
        let early = try compileExpr(x, expecting: fn.returnType)
        popScope()
        popScope()
        if rest.isEmpty {
            // (`fib`: the final `return e` read here too, without a closure of its own.)
            currentLine = line
            let ev = try compileExpr(e, expecting: fn.returnType)
            return { f in
                let taken: Bool
                do { taken = try cond(f) } catch { throw Compiler.annotated(error, ifLine) }
                if taken {
                    do { return try early(f) } catch { throw Compiler.annotated(error, returnLine) }
                }
                do { return try ev(f) } catch { throw Compiler.annotated(error, line) }
            }
        }
        let after = try compileEndingInReturn(rest, e, line: line)
        return { f in
            let taken: Bool
            do { taken = try cond(f) } catch { throw Compiler.annotated(error, ifLine) }
            if taken {
                do { return try early(f) } catch { throw Compiler.annotated(error, returnLine) }
            }
            return try after(f)
        }
    }

    /// The one function value of a closure expression that captures nothing, made when first needed.
    final class SharedClosure {
        private let proto: FunctionProto
        private var made: Value?
        init(_ proto: FunctionProto) { self.proto = proto }
        var value: Value {
            if let made { return made }
            let v = Value.function(ScriptFunction(proto: proto, captures: []))
            made = v
            return v
        }
    }

    /// Creates the function value at run time, capturing from the current frame.
    static func makeClosure(_ proto: FunctionProto, _ captureFrom: [Int]) -> Eval {
        if captureFrom.isEmpty {
            return { _ in .function(ScriptFunction(proto: proto, captures: [])) }
        }
        return { f in .function(ScriptFunction(proto: proto, capturing: captureFrom, of: f)) }
    }

    /// A closure; a typed context (`let f: (Double) -> Double = { $0 / 2 }`) gives the types its
    /// signature leaves out.
    func compileClosure(_ c: ClosureExpr, parameterTypes: [TypeRef] = [], resultType: TypeRef? = nil) throws -> Eval {
        if !c.captureList.isEmpty { return try compileCapturingClosure(c, parameterTypes: parameterTypes, resultType: resultType) }
        var params = c.parameters ?? []
        if params.count == parameterTypes.count {
            for i in params.indices where params[i].type == nil { params[i].type = parameterTypes[i] }
        }
        let result = c.returnType ?? (resultType == TypeRef.void || resultType?.name == "Void" ? nil : resultType)
        var shape = FunctionShape(name: "closure", params: params, returnType: result, body: c.body,
                                  shorthandCount: c.parameters == nil ? c.shorthandParameterCount : 0,
                                  implicitReturn: c.isSingleExpression, line: c.location.line)
        if c.parameters == nil { shape.shorthandTypes = parameterTypes }
        let (proto, caps) = try compileFunction(shape)
        proto.splatsTuple = true
        if caps.isEmpty {
            // A closure that captures nothing (`var _backward: () -> Void = {}`, built with every
            // instance) is one function value for all evaluations: Swift gives closures no identity
            // to tell copies apart, and each new one was an allocation, a heap registration and later
            // work for the collector (about 600 instructions of creating a `Scalar`, callgrind).
            let shared = SharedClosure(proto)
            return { _ in shared.value }
        }
        return Compiler.makeClosure(proto, caps)
    }

    func compileFuncDecl(_ d: FuncDecl) throws -> Exec {
        let rt = self.rt
        // Calls compiled later wrap these arguments in closures (`check(x > 0, "msg")`).
        let autoclosures = d.parameters.indices.filter { d.parameters[$0].isAutoclosure }
        rt.autoclosureParameters[d.name] = autoclosures.isEmpty ? nil : autoclosures
        let shape = FunctionShape(name: d.name, params: d.parameters, returnType: d.returnType, body: d.body ?? [],
                                  implicitReturn: d.returnType != nil, doc: d.doc, line: d.location.line)
        if fn.declaresGlobals {
            cellFunctionResults[d.name, default: []].append(d.returnType)
            let (proto, caps) = try compileFunction(shape)
            // The typed tier (Compiler/Typed) when the whole function is in its subset.
            let typed = caps.isEmpty ? TypedCompiler.compile(d, rt: rt, cellSignatures: typedSignatures) : nil
            typed?.install(on: proto)
            typedSignatures[d.name] = typed?.signature
            let make = Compiler.makeClosure(proto, caps)
            let name = d.name
            return { f in
                guard case let .function(fv) = try make(f) else { return .normal }
                rt.defineOverloadable(name, fv)
                return .normal
            }
        }
        // A nested function: a local (boxed when it is captured, e.g. by its own recursive calls).
        let l = declareLocal(d.name, isLet: false)
        let (proto, caps) = try compileFunction(shape)
        let make = Compiler.makeClosure(proto, caps)
        let slot = l.slot
        if l.boxed {
            return { f in
                let box = Box(.null)
                f[slot] = .box(box)
                box.value = try make(f)
                return .normal
            }
        }
        return { f in f[slot] = try make(f); return .normal }
    }

    /// The coercion a binding gets: its annotation, else a Double literal initializer makes it Double.
    func inferredCoercion(_ type: TypeRef?, _ initializer: Expr?) -> Coercion {
        if let type { return Coercion(type: type) }
        guard let e = initializer else { return .none }
        switch e.kind {
        // `var best = (n: 1, len: 1)` keeps its labels when assigned `(n, l)`.
        case let .tuple(elements) where elements.count > 1 && elements.allSatisfy({ $0.label != nil }):
            return .tupleLabels(elements.map { $0.label })
        case .doubleLiteral: return .double
        case let .prefix(.minus, x): if case .doubleLiteral = x.kind { return .double }
        default: break
        }
        if let t = inferredCollectionType(e) { return Coercion(type: t) }
        return .none
    }

    /// The Double collection type Swift infers for an unannotated initializer: `[1.0, 2.0]`,
    /// `[[0.0, 0.0]]`, `Array(repeating: 0.0, count: n)`, `[[Double]](repeating: ...)` — so that
    /// `xs[0] = 1` and `xs.append(1)` store Doubles afterwards. Nil when nothing in it is a Double.
    func inferredCollectionType(_ e: Expr) -> TypeRef? {
        func literal(_ e: Expr) -> TypeRef? {
            switch e.kind {
            case .doubleLiteral: return Compiler.double
            case let .prefix(.minus, x): return literal(x)
            case let .arrayLiteral(items): return array(items)
            case let .call(callee, args):
                if case .identifier("Array") = callee.kind, case .global = resolve("Array"), args.count == 2,
                   args[0].label == "repeating", let t = literal(args[0].value) { return .array(t) }
                return constructedCollectionType(callee)
            default: return nil
            }
        }
        func array(_ items: [Expr]) -> TypeRef? {
            if let t = Compiler.mixedLiteralType(items) { return .array(t) }
            var found: TypeRef?
            for item in items {
                var x = item
                if case let .prefix(.minus, inner) = x.kind { x = inner }
                if case .intLiteral = x.kind { continue }
                guard let t = literal(item), found == nil || found == t else { return nil }
                found = t
            }
            return found.map { .array($0) }
        }
        if case .arrayLiteral = e.kind { return literal(e) }
        if case .call = e.kind { return literal(e) }
        return nil
    }

    func compileVarDecl(_ decl: VarDecl) throws -> Exec {
        let rt = self.rt
        var parts: [CompiledStmt] = []
        for b in decl.bindings {
            currentLine = b.location.line
            if b.accessors?.isComputed == true { throw error("computed variables are only supported as type properties") }
            if let a = b.accessors, a.willSet != nil || a.didSet != nil {
                throw error("'\(a.willSet != nil ? "willSet" : "didSet")' observers are only supported on properties of classes and structs")
            }
            let ev = try b.initializer.map { try compileExpr($0, expecting: b.type) }
            let coercion = inferredCoercion(b.type, b.initializer)
            let isOptional = b.type?.optionalWrapped != nil
            // What the compiler knows of an unannotated binding's type (a dictionary, an optional).
            let knownType = b.type ?? b.initializer.flatMap { inferredShape($0) ?? inferredCollectionType($0) }
            let isLet = decl.isLet && b.initializer != nil
            guard let name = b.name else {
                guard let ev else { throw error("a destructuring declaration needs a value") }
                let bind = try fn.declaresGlobals ? globalBinding(b.pattern, isLet: decl.isLet) : compileBinding(b.pattern, isLet: decl.isLet, coercion: .none, typeName: nil)
                parts.append(CompiledStmt(run: { f in try bind(f, try ev(f)); return .normal }))
                continue
            }
            if fn.declaresGlobals {
                let cell = rt.globalCell(name)
                let typeName = b.type?.text, type = knownType
                if let type { cellGlobalTypes[name] = type } else { cellGlobalTypes[name] = nil }
                parts.append(CompiledStmt(run: { f in
                    var v = try ev?(f) ?? .null
                    if !coercion.isNone, ev != nil { v = try rt.coerce(v, coercion, what: "'\(name)'") }
                    Runtime.announceBinding(v, name)
                    cell.value = v
                    cell.isDefined = true
                    cell.isLet = isLet
                    cell.coercion = coercion
                    cell.typeName = typeName
                    cell.type = type
                    return .normal
                }))
                _ = isOptional
            } else {
                let l = declareLocal(name, isLet: isLet, coercion: coercion, typeName: b.type?.text, type: knownType)
                let slot = l.slot, boxed = l.boxed
                parts.append(CompiledStmt(run: { f in
                    var v = try ev?(f) ?? .null
                    if !coercion.isNone, ev != nil { v = try rt.coerce(v, coercion, what: "'\(name)'") }
                    Runtime.announceBinding(v, name)
                    if boxed { f[slot] = .box(Box(v)) } else { f[slot] = v }
                    return .normal
                }))
            }
        }
        return Compiler.block(parts)
    }

    /// `let (a, b) = t` at a cell's top level: globals.
    func globalBinding(_ p: Pattern, isLet: Bool) throws -> (Frame, Value) throws -> Void {
        let rt = self.rt
        switch p {
        case .wildcard: return { _, _ in }
        case let .binding(name, _, _):
            let cell = rt.globalCell(name)
            return { _, v in cell.value = v; cell.isDefined = true; cell.isLet = isLet }
        case let .typed(inner, _): return try globalBinding(inner, isLet: isLet)
        case let .tuple(ps):
            let binds = try ps.map { try globalBinding($0, isLet: isLet) }
            return { f, v in
                let items = try v.array()
                guard items.count == binds.count else {
                    throw RuntimeError.typeMismatch("cannot destructure \(items.count) values into \(binds.count) names")
                }
                for (b, x) in zip(binds, items) { try b(f, x) }
            }
        default: throw error("unsupported pattern in a declaration")
        }
    }
}

extension Compiler {
    static func isConditional(_ s: Stmt) -> Bool {
        switch s.kind {
        case .ifStmt, .switchStmt: return true
        default: return false
        }
    }
}
