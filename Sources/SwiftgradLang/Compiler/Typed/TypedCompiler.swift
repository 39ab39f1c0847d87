/// Compiles a global function into the typed tier (see TypedKind.swift), or answers nil when
/// anything in it is outside the subset: parameters and result `Int`/`Double`/`Bool` (no labels
/// defaults, `inout` or variadics), locals of those kinds with initial values, literals, `+ - * / %`,
/// comparisons, `&& || !`, `?:`, `if`/`while`/`for i in a..<b` (and `...`), unlabeled
/// `break`/`continue`, `return`, `Double(i)` and calls of global typed functions. A function
/// outside the subset keeps its general body only, so its behaviour is unchanged by construction.
/// Arithmetic keeps the general path's checks and messages (overflow, division by zero; Swift
/// rejects mixing `Int` and `Double`, so the tier does not take such functions).
final class TypedCompiler {
    struct Unsupported: Error {}
    struct Local {
        var slot: Int
        var kind: TypedKind
        var isLet: Bool
    }

    let rt: Runtime
    let name: String
    let signature: TypedSignature
    /// Signatures of the typed functions this cell declared before this one.
    let cellSignatures: [String: TypedSignature]
    var scopes: [[String: Local]] = [[:]]
    var nextSlot = 1
    var loopDepth = 0

    init(rt: Runtime, name: String, signature: TypedSignature, cellSignatures: [String: TypedSignature]) {
        self.rt = rt
        self.name = name
        self.signature = signature
        self.cellSignatures = cellSignatures
    }

    /// The signature `d`'s declaration gives it if the tier can take it (its body still has to be
    /// in the subset), and its key.
    static func declaredSignature(_ d: FuncDecl, rt: Runtime) -> (TypedSignature, key: Int)? {
        guard d.body != nil, !d.isThrowing, !d.isFailable, d.genericParameters.isEmpty, !d.isOperator,
              let result = TypedKind(d.returnType) else { return nil }
        var kinds: [TypedKind] = []
        for p in d.parameters {
            guard let k = TypedKind(p.type), p.defaultValue == nil, !p.isVariadic, !p.isInout, !p.isAutoclosure
            else { return nil }
            kinds.append(k)
        }
        let signature = TypedSignature(labels: d.parameters.map { $0.label }, params: kinds, result: result)
        guard let key = signature.key(rt) else { return nil }
        return (signature, key)
    }

    /// The signatures of a cell's global functions that compile into the tier, known before any
    /// is compiled, so that a function's calls of one declared after it in the cell (mutual
    /// recursion) are typed calls too: starting from the declared signatures, functions whose
    /// bodies do not compile with the others' are dropped until none is (a typed caller of a
    /// general function would box its arguments for `TypedCall.fallback` at every call).
    /// Overloaded names are left out.
    static func cellSignatures(_ cell: [Stmt], rt: Runtime) -> [String: TypedSignature] {
        var signatures: [String: TypedSignature] = [:], overloaded: Set<String> = []
        var decls: [FuncDecl] = []
        for s in cell {
            guard case let .function(d) = s.kind else { continue }
            if signatures[d.name] != nil { overloaded.insert(d.name) }
            signatures[d.name] = declaredSignature(d, rt: rt)?.0
            decls.append(d)
        }
        for name in overloaded { signatures[name] = nil }
        decls.removeAll { signatures[$0.name] == nil }
        var dropped = true
        while dropped {
            dropped = false
            for d in decls where signatures[d.name] != nil && compile(d, rt: rt, cellSignatures: signatures) == nil {
                signatures[d.name] = nil
                dropped = true
            }
        }
        return signatures
    }

    /// The typed entry of `d`, or nil when it is outside the subset.
    static func compile(_ d: FuncDecl, rt: Runtime, cellSignatures: [String: TypedSignature]) -> TypedBody? {
        guard let body = d.body, let (signature, key) = declaredSignature(d, rt: rt) else { return nil }
        let kinds = signature.params
        let c = TypedCompiler(rt: rt, name: d.name, signature: signature, cellSignatures: cellSignatures)
        for (p, k) in zip(d.parameters, kinds) {
            let slot = c.nextSlot
            c.nextSlot += 1
            if p.name != "_" { c.scopes[0][p.name] = Local(slot: slot, kind: k, isLet: true) }
        }
        guard let run = try? c.functionBody(body) else { return nil }
        return TypedBody(run: run, frameSize: c.nextSlot, signature: signature, key: key)
    }

    /// The body: one ending in `return e` answers `e` directly; otherwise every path must return
    /// (Swift checks that; the general path would answer Void where the tier has no value).
    func functionBody(_ body: [Stmt]) throws -> (TypedFrame) throws -> Int {
        // `{ n < 2 ? n : f(n - 1) }`: a single expression is the result.
        if body.count == 1, case let .expression(e) = body[0].kind {
            return try functionBody([Stmt(.returnStmt(e), at: body[0].location)])
        }
        // `if c { return x }; return e` (fib): one closure, without the block, the `if` statement
        // and the return slot (the general path does the same: Compiler.compileEarlyReturn).
        if body.count == 2, let (c, x, xLine) = Compiler.earlyReturn(body[0]), case let .returnStmt(e?) = body[1].kind {
            let ifLine = body[0].location.line, line = body[1].location.line
            scopes.append([:])
            let compiled = try expr(x, signature.result)
            let early: TypedOperand
            switch x.kind {
            case .identifier, .intLiteral, .doubleLiteral: early = try operand(x, signature.result)
            default: early = .expr(compiled.raw)
            }
            scopes.removeLast()
            let value = try expr(e, signature.result).raw
            return try condition(c, TypedEarlyReturn(early: early, value: value, ifLine: ifLine, earlyLine: xLine, line: line)).run
        }
        if let last = body.last, case let .returnStmt(e?) = last.kind {
            let prefix = try block(Array(body.dropLast()), newScope: false)
            let line = last.location.line
            let value = try expr(e, signature.result).raw
            if body.count == 1 {
                return { f in
                    do { return try value(f) } catch { throw Compiler.annotated(error, line) }
                }
            }
            return { f in
                if case .returned = try prefix(f) { return f[0] }
                do { return try value(f) } catch { throw Compiler.annotated(error, line) }
            }
        }
        guard TypedCompiler.alwaysReturns(body) else { throw Unsupported() }
        let all = try block(body, newScope: false)
        return { f in
            _ = try all(f)
            return f[0]
        }
    }

    static func alwaysReturns(_ body: [Stmt]) -> Bool {
        guard let last = body.last else { return false }
        switch last.kind {
        case .returnStmt: return true
        case let .ifStmt(_, then, elseBody?): return alwaysReturns(then) && alwaysReturns(elseBody)
        default: return false
        }
    }

    // MARK: Scopes

    func lookup(_ name: String) -> Local? {
        for scope in scopes.reversed() { if let l = scope[name] { return l } }
        return nil
    }

    func declare(_ name: String, _ kind: TypedKind, isLet: Bool) -> Local {
        let l = Local(slot: nextSlot, kind: kind, isLet: isLet)
        nextSlot += 1
        scopes[scopes.count - 1][name] = l
        return l
    }

    /// The signature of the global function `name` as this function's body will find it: itself,
    /// one declared earlier in this cell, or one an earlier cell defined (checked again at each call).
    func calleeSignature(_ name: String) -> TypedSignature? {
        if name == self.name { return signature }
        if let s = cellSignatures[name] { return s }
        guard let cell = rt.globals[name], cell.isDefined, let u = cell.value.unmanagedScriptFunction else { return nil }
        return u._withUnsafeGuaranteedRef { $0.proto.typedBody?.signature }
    }
}
