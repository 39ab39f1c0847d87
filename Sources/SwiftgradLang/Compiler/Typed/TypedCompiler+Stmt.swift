/// A statement and its line, in a struct (an array of bare closures calls through thunks).
struct TypedStep {
    let run: TypedStmt
    let line: Int
}

/// Statements of the typed tier: the same control flow, line annotation of errors and safe points
/// (`checkInterrupt` at each loop back-edge) as Compiler+Stmt.swift, over raw slots.
extension TypedCompiler {
    func block(_ body: [Stmt], newScope: Bool = true) throws -> TypedStmt {
        if newScope { scopes.append([:]) }
        defer { if newScope { scopes.removeLast() } }
        let stmts = try body.map { s in TypedStep(run: try stmt(s), line: s.location.line) }
        switch stmts.count {
        case 0: return { _ in .normal }
        case 1:
            let a = stmts[0].run, la = stmts[0].line
            return { f in
                do { return try a(f) } catch { throw Compiler.annotated(error, la) }
            }
        case 2:
            let a = stmts[0].run, la = stmts[0].line, b = stmts[1].run, lb = stmts[1].line
            return { f in
                let r: Flow
                do { r = try a(f) } catch { throw Compiler.annotated(error, la) }
                if case .normal = r {
                    do { return try b(f) } catch { throw Compiler.annotated(error, lb) }
                }
                return r
            }
        default:
            return { f in
                for s in stmts {
                    let r: Flow
                    do { r = try s.run(f) } catch { throw Compiler.annotated(error, s.line) }
                    if case .normal = r { continue }
                    return r
                }
                return .normal
            }
        }
    }

    func stmt(_ s: Stmt) throws -> TypedStmt {
        switch s.kind {
        case let .expression(e):
            return try expressionStatement(e)
        case let .variable(decl):
            guard !decl.isStatic else { throw Unsupported() }
            var parts: [TypedStmt] = []
            for b in decl.bindings {
                guard let name = b.name, b.accessors == nil, let initial = b.initializer else { throw Unsupported() }
                let value: TypedExpr
                if let t = b.type {
                    guard let k = TypedKind(t) else { throw Unsupported() }
                    value = try expr(initial, k)
                } else {
                    value = try expr(initial, nil)
                }
                // Declared after its initializer: `let n = n + 1` reads the outer `n`.
                let slot = declare(name, value.kind, isLet: decl.isLet).slot
                let raw = value.raw
                parts.append { f in f[slot] = try raw(f); return .normal }
            }
            if parts.count == 1 { return parts[0] }
            return { f in
                for p in parts { _ = try p(f) }
                return .normal
            }
        case let .ifStmt(conditions, then, elseBody):
            let t = try block(then)
            let otherwise = try elseBody.map { try block($0) }
            return try conditionList(conditions, TypedIf(then: t, otherwise: otherwise)).run
        case let .whileStmt(conditions, body, nil):
            loopDepth += 1
            let b = try block(body)
            loopDepth -= 1
            return try conditionList(conditions, TypedWhile(body: b, rt: rt)).run
        case let .forIn(pattern, sequence, nil, body, nil):
            return try forInRange(pattern, sequence, body)
        case .breakStmt(nil):
            guard loopDepth > 0 else { throw Unsupported() }
            return { _ in .breakLoop }
        case .continueStmt(nil):
            guard loopDepth > 0 else { throw Unsupported() }
            return { _ in .continueLoop }
        case let .returnStmt(e?):
            let value = try expr(e, signature.result).raw
            let line = s.location.line
            return { f in
                do { f[0] = try value(f) } catch { throw Compiler.annotated(error, line) }
                return .returned
            }
        default:
            throw Unsupported()
        }
    }

    /// `if a, b` / `while a, b`: Bool expressions only (no bindings); one is tested inline when it
    /// can be (`condition`).
    func conditionList<V: TypedConditionConsumer>(_ conditions: [Condition], _ v: V) throws -> V.Result {
        if conditions.count == 1, case let .expression(e) = conditions[0] { return try condition(e, v) }
        var result: ((TypedFrame) throws -> Bool)?
        for c in conditions {
            guard case let .expression(e) = c, case let .bool(b) = try expr(e, .bool) else { throw Unsupported() }
            // Chained, not kept in an array (an array of closures calls through reabstraction thunks).
            if let a = result { result = { f in try a(f) && b(f) } } else { result = b }
        }
        guard let result else { throw Unsupported() }
        return v.make(TypedConditionClosure(run: result))
    }

    /// A call for its effect, or an assignment (`x = e`, `x += e`) to a local `var`.
    func expressionStatement(_ e: Expr) throws -> TypedStmt {
        switch e.kind {
        case .call:
            let call = try expr(e, nil).raw
            return { f in _ = try call(f); return .normal }
        case let .assign(op, target, value):
            guard case let .identifier(name) = target.kind, let l = lookup(name), !l.isLet else { throw Unsupported() }
            let rhs: Expr
            if let op {
                rhs = Expr(.binary(op: op, lhs: target, rhs: value), at: e.location)
            } else {
                rhs = value
            }
            let v = try expr(rhs, l.kind)
            guard v.kind == l.kind else { throw Unsupported() }
            let raw = v.raw, slot = l.slot
            return { f in f[slot] = try raw(f); return .normal }
        default:
            throw Unsupported()
        }
    }

    /// `for i in a..<b` / `for i in a...b` over Ints: the range's checks and messages as the general
    /// path's (`..<` with `b < a`, `...` up to `Int.max`).
    func forInRange(_ pattern: Pattern, _ sequence: Expr, _ body: [Stmt]) throws -> TypedStmt {
        guard case let .binary(rangeOp, lo, hi) = sequence.kind, rangeOp == .halfOpenRange || rangeOp == .closedRange else { throw Unsupported() }
        let op = rangeOp.text
        guard case let .int(lower) = try expr(lo, .int), case let .int(upper) = try expr(hi, .int) else { throw Unsupported() }
        scopes.append([:])
        defer { scopes.removeLast() }
        let slot: Int
        switch pattern {
        case let .binding(name, false, _): slot = declare(name, .int, isLet: true).slot
        case .wildcard: slot = nextSlot; nextSlot += 1
        default: throw Unsupported()
        }
        loopDepth += 1
        let b = try block(body)
        loopDepth -= 1
        let closed = rangeOp == .closedRange, rt = self.rt
        return { f in
            let a = try lower(f), z = try upper(f)
            if z < a { throw RuntimeError(.invalidRange, "range requires lowerBound <= upperBound (\(a)\(op)\(z))") }
            if closed && z == Int.max { throw RuntimeError(.overflow, "range upper bound Int.max cannot be iterated") }
            let end = closed ? z + 1 : z
            var i = a
            while i < end {
                f[slot] = i
                switch try b(f) {
                case .normal, .continueLoop: break
                case .breakLoop: return .normal
                case .returned: return .returned
                }
                try rt.checkInterrupt()
                i += 1
            }
            return .normal
        }
    }
}
