extension Compiler {
    func compileBlock(_ body: [Stmt], newScope: Bool = true) throws -> Exec {
        if newScope { pushScope() }
        defer { if newScope { popScope() } }
        return Compiler.block(try compileStatementList(body))
    }

    func compileStmt(_ s: Stmt) throws -> Exec {
        Compiler.block([try compileStmtWithLine(s)])
    }

    /// A statement and its line; `Compiler.block` reports runtime errors at that line.
    func compileStmtWithLine(_ s: Stmt) throws -> CompiledStmt {
        currentLine = s.location.line
        return CompiledStmt(run: try compileStmtKind(s), line: s.location.line)
    }

    private func compileStmtKind(_ s: Stmt) throws -> Exec {
        let rt = self.rt
        switch s.kind {
        case let .expression(e):
            if case .call = e.kind { callResultDiscarded = true }
            let ev = try compileExpr(e)
            callResultDiscarded = false
            return { f in _ = try ev(f); return .normal }
        case let .variable(decl): return try compileVarDecl(decl)
        case let .function(decl): return try compileFuncDecl(decl)
        case .initializer, .deinitializer, .subscriptDecl, .enumCase:
            throw error("this declaration is only allowed inside a type")
        case let .typeDecl(decl): return try compileTypeDecl(decl)
        case let .typeAlias(name, type):
            cellTypeAliases[name] = type
            // The alias as a value too: `Matrix(repeating: row, count: n)`.
            let target: String
            switch type {
            case .array: target = "Array"
            case .dictionary: target = "Dictionary"
            case let .named(n, _): target = n
            default: return { _ in .normal }
            }
            let rt = self.rt, cell = rt.globalCell(target)
            return { _ in
                if cell.isDefined, case .type = cell.value { rt.defineGlobal(name, cell.value, isLet: true) }
                return .normal
            }
        case .operatorDecl, .precedenceGroupDecl, .importDecl:
            return { _ in .normal }
        case let .ifStmt(conditions, then, elseBody):
            pushScope()
            let cond = try compileConditions(conditions)
            let thenB = try compileBlock(then)
            popScope()
            let elseB = try elseBody.map { try compileBlock($0) }
            if let elseB {
                return { f in try cond(f) ? try thenB(f) : try elseB(f) }
            }
            return { f in try cond(f) ? try thenB(f) : .normal }
        case let .guardStmt(conditions, elseBody):
            let elseB = try compileBlock(elseBody)
            let cond = try compileConditions(conditions)
            return { f in
                if try cond(f) { return .normal }
                let r = try elseB(f)
                if case .normal = r {
                    throw RuntimeError(.guardFellThrough, "'guard' body must not fall through (use return, break, continue or throw)")
                }
                return r
            }
        case let .whileStmt(conditions, body, label):
            pushScope()
            let cond = try compileConditions(conditions)
            fn.loopLabels.append(label)
            let bodyB = try compileBlock(body)
            fn.loopLabels.removeLast()
            popScope()
            return { f in
                while try cond(f) {
                    let r = try bodyB(f)
                    switch r {
                    case .normal, .continueLoop:
                        if case .continueLoop = r, !rt.consumeLabel(label) { return r }
                    case .breakLoop:
                        if rt.consumeLabel(label) { return .normal }
                        return r
                    case .returned: return r
                    }
                    try rt.checkInterrupt()
                }
                return .normal
            }
        case let .repeatWhile(body, condition, label):
            fn.loopLabels.append(label)
            let bodyB = try compileBlock(body)
            fn.loopLabels.removeLast()
            let cond = try compileCondition(condition)
            return { f in
                repeat {
                    let r = try bodyB(f)
                    switch r {
                    case .normal: break
                    case .continueLoop: if !rt.consumeLabel(label) { return r }
                    case .breakLoop:
                        if rt.consumeLabel(label) { return .normal }
                        return r
                    case .returned: return r
                    }
                    try rt.checkInterrupt()
                } while try cond(f)
                return .normal
            }
        case let .forIn(pattern, sequence, whereClause, body, label):
            return try compileForIn(pattern, sequence, whereClause, body, label)
        case let .switchStmt(subject, cases, label): return try compileSwitch(subject, cases, label)
        case let .doStmt(body, catches, _):
            let bodyB = try compileBlock(body)
            if catches.isEmpty { return bodyB }
            let handlers = try catches.map { try compileCatch($0) }
            return { f in
                do { return try bodyB(f) } catch let e as RuntimeError where e.kind != .interrupted && e.kind != .stackOverflow {
                    let thrown = e.thrown ?? .str(e.message)
                    for h in handlers where try h.matches(f, thrown) { return try h.body(f) }
                    throw e
                }
            }
        case let .breakStmt(label):
            return { _ in rt.flowLabel = label; return .breakLoop }
        case let .continueStmt(label):
            return { _ in rt.flowLabel = label; return .continueLoop }
        case .fallthroughStmt:
            guard switchCaseNesting > 0 else { throw error("'fallthrough' is only allowed inside a switch case") }
            return { _ in rt.flowLabel = Compiler.fallthroughLabel; return .breakLoop }
        case let .returnStmt(e):
            guard let e else { return { _ in rt.returnValue = .void; return .returned } }
            let ev = try compileExpr(e, expecting: fn.returnType)
            return { f in rt.returnValue = try ev(f); return .returned }
        case let .throwStmt(e):
            let ev = try compileExpr(e)
            return { f in
                let v = try ev(f)
                var e = RuntimeError(.error, try v.describe(debug: false))
                e.thrown = v
                throw e
            }
        case .deferStmt:
            throw error("'defer' is not supported at the top level of a cell (use it inside a function or block)")
        }
    }

    /// A `catch` clause: a pattern the thrown value must match (binding its names for the body), an
    /// optional `where`; a bare `catch` binds `error`.
    func compileCatch(_ c: CatchClause) throws -> (matches: (Frame, Value) throws -> Bool, body: Exec) {
        currentLine = c.location.line
        pushScope()
        defer { popScope() }
        let match: (Frame, Value) throws -> Bool
        if let p = c.pattern {
            match = try compilePattern(p)
        } else {
            let l = declareLocal("error", isLet: true)
            match = { f, v in Compiler.store(l, f, v); return true }
        }
        let condition = try c.whereClause.map { try compileCondition($0) }
        let body = try compileBlock(c.body)
        if let condition { return ({ f, v in try match(f, v) && condition(f) }, body) }
        return (match, body)
    }

    /// `if`/`guard`/`while` condition lists: Bool expressions and `let` bindings, all must hold.
    func compileConditions(_ conditions: [Condition]) throws -> (Frame) throws -> Bool {
        var parts: [CompiledCondition] = []
        for c in conditions {
            switch c {
            case let .expression(e): parts.append(CompiledCondition(run: try compileCondition(e)))
            case let .optionalBinding(pattern, type, value, isVar):
                let ve = try compileExpr(value)
                let coercion = Coercion(typeName: type?.text)
                let bind = try compileBinding(pattern, isLet: !isVar, coercion: coercion, typeName: type?.text)
                // The bound name holds the unwrapped value (`guard let x` may reuse a parameter `x: Int?`).
                for name in pattern.boundNames {
                    if var l = fn.scopes[fn.scopes.count - 1][name] {
                        l.type = type ?? l.type?.optionalWrapped
                        fn.scopes[fn.scopes.count - 1][name] = l
                    }
                }
                parts.append(CompiledCondition { f in
                    let v = try ve(f)
                    if case .null = v { return false }
                    try bind(f, v.someWrapped ?? v)
                    return true
                })
            case let .casePattern(pattern, value):
                let ve = try compileExpr(value)
                let m = try compilePattern(pattern)
                parts.append(CompiledCondition { f in try m(f, try ve(f)) })
            }
        }
        if parts.count == 1 { return parts[0].run }
        return { f in
            for p in parts where try !p.run(f) { return false }
            return true
        }
    }

    func compileForIn(_ pattern: Pattern, _ sequence: Expr, _ whereClause: Expr?, _ body: [Stmt], _ label: String?) throws -> Exec {
        let rt = self.rt
        // `for (i, x) in seq.enumerated()`: a script Sequence is enumerated lazily (it may be endless).
        var enumeratedBase: Eval?
        if case let .call(callee, args) = sequence.kind, args.isEmpty, case let .member(base, "enumerated") = callee.kind {
            enumeratedBase = try compileExpr(base)
        }
        let seq = enumeratedBase == nil ? try compileExpr(sequence) : { _ in .void }
        pushScope()
        defer { popScope() }
        // The loop variable: a plain slot for a simple name, else a pattern binding.
        var simpleSlot: Int?
        // A `let` loop variable in a plain slot: an array's elements are lent to it (see below).
        var lentSlot: Int?
        var bind: ((Frame, Value) throws -> Void)?
        if case let .binding(name, isVar, _) = pattern {
            let l = declareLocal(name, isLet: !isVar)
            if !l.boxed { simpleSlot = l.slot; lentSlot = isVar ? nil : l.slot } else {
                let slot = l.slot
                bind = { f, v in f[slot] = .box(Box(v)) }
            }
        } else if case .wildcard = pattern {
            bind = { _, _ in }
        } else if Compiler.isRefutable(pattern) {
            // `for case let .leaf(n) in nodes`, `for case let x? in optionals`: elements that do not match are skipped.
            let m = try compilePattern(pattern)
            bind = { f, v in if try !m(f, v) { throw SkipElement() } }
        } else {
            bind = try compileBinding(pattern, isLet: true, coercion: .none, typeName: nil)
        }
        let whereCond = try whereClause.map { try compileCondition($0) }
        fn.loopLabels.append(label)
        let bodyB = try compileBlock(body)
        fn.loopLabels.removeLast()
        /// Runs one iteration with the loop variable bound; returns nil to go on, or the flow that leaves the loop.
        @inline(__always) func iterate(_ f: Frame) throws -> Flow? {
            if let whereCond, try !whereCond(f) { return nil }
            let r = try bodyB(f)
            switch r {
            case .normal: break
            case .continueLoop: if !rt.consumeLabel(label) { return r }
            case .breakLoop: return rt.consumeLabel(label) ? .normal : r
            case .returned: return r
            }
            try rt.checkInterrupt()
            return nil
        }
        let step: (Frame, Value) throws -> Flow? = { f, v in
            if let simpleSlot { f[simpleSlot] = v } else {
                do { try bind!(f, v) } catch is SkipElement { return nil }
            }
            return try iterate(f)
        }
        let lentStep: (Frame) throws -> Flow? = { f in try iterate(f) }
        return { f in
            var s: Value
            if let enumeratedBase {
                var b = try enumeratedBase(f)
                if ScriptSequences.isSequence(b) {
                    var exit = Flow.normal, i = 0
                    try ScriptSequences.forEach(b, rt) { v in
                        defer { i += 1 }
                        guard let e = try step(f, .tuple(TupleRef([.int(i), v], labels: ["offset", "element"]))) else { return true }
                        exit = e
                        return false
                    }
                    return exit
                }
                s = try Members.callBuiltin(&b, "enumerated", Arguments([], labels: [], runtime: rt, receiver: b))
            } else {
                s = try seq(f)
            }
            switch s {
            case let .range(r):
                if case let .int(lo) = r.lower, case let .int(hi) = r.upper {
                    if r.closed && hi == Int.max { throw RuntimeError(.overflow, "range upper bound Int.max cannot be iterated") }
                    let end = r.closed ? hi + 1 : hi
                    var i = lo
                    while i < end {
                        if let exit = try step(f, .int(i)) { return exit }
                        i += 1
                    }
                    return .normal
                }
            case let .array(a):
                let items = a.items
                if let lentSlot {
                    // Each element's bits go into the variable's slot without a retain: `items` (the
                    // loop's own reference to the array's storage) keeps every element alive, and the
                    // body cannot store into a `let` (assignment is refused). The slot is cleared
                    // without a release however the loop ends. Copying each element into the slot
                    // and out of the iterator was two retains and two releases per element, atomic
                    // operations that were half the Scalar program's time (perf).
                    let slot = f + lentSlot
                    if slot.pointee.holdsReference { slot.pointee = .null }
                    defer { slot.initialize(to: .null) }
                    return try items.withUnsafeBufferPointer { buf in
                        var i = 0
                        while i < buf.count {
                            UnsafeMutableRawPointer(slot).copyMemory(from: buf.baseAddress! + i, byteCount: MemoryLayout<Value>.size)
                            if let exit = try lentStep(f) { return exit }
                            i += 1
                        }
                        return .normal
                    }
                }
                for v in items { if let exit = try step(f, v) { return exit } }
                return .normal
            case .instance where ScriptSequences.isSequence(s):
                // A script `Sequence`: lazily, so `break` can leave an endless one.
                var exit = Flow.normal
                try ScriptSequences.forEach(s, rt) { v in
                    guard let e = try step(f, v) else { return true }
                    exit = e
                    return false
                }
                return exit
            default: break
            }
            for v in try Sequences.elements(s, rt) {
                if let exit = try step(f, v) { return exit }
            }
            return .normal
        }
    }
}

/// A `for case` element that does not match its pattern.
struct SkipElement: Error {}

extension Compiler {
    /// Whether a pattern can fail to match (then it tests rather than destructures).
    static func isRefutable(_ p: Pattern) -> Bool {
        switch p {
        case .wildcard, .binding: return false
        case let .tuple(ps): return ps.contains { isRefutable($0) }
        case let .typed(inner, _): return isRefutable(inner)
        case .expression, .enumCase, .optionalSome, .isType, .cast: return true
        }
    }
}

extension Runtime {
    /// Whether a `break`/`continue` with the pending label belongs to a loop labeled `label`.
    @inline(__always) func consumeLabel(_ label: String?) -> Bool {
        guard let pending = flowLabel else { return true }
        if pending == label { flowLabel = nil; return true }
        return false
    }
}
