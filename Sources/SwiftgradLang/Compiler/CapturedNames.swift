/// The resolver's pre-pass: which names the nested closures and functions of a body refer to.
/// A `var` of the body whose name is among them lives in a `Box` shared with the closures
/// (capture by reference); everything else stays a plain frame slot.
final class CapturedNames {
    private(set) var names: Set<String> = []
    private var depth = 0

    static func inNestedFunctions(of body: [Stmt]) -> Set<String> {
        let c = CapturedNames()
        c.stmts(body)
        return c.names
    }

    private func nested(_ body: () -> Void) {
        depth += 1
        body()
        depth -= 1
    }

    private func name(_ n: String) { if depth > 0 { names.insert(n) } }

    func stmts(_ ss: [Stmt]) { for s in ss { stmt(s) } }

    func stmt(_ s: Stmt) {
        switch s.kind {
        case let .expression(e): expr(e)
        case let .variable(v): varDecl(v)
        case let .function(f), let .initializer(f), let .subscriptDecl(f): name(f.name); funcDecl(f)
        case let .deinitializer(body): nested { stmts(body) }
        case .typeDecl, .enumCase, .typeAlias, .operatorDecl, .precedenceGroupDecl, .importDecl: break
        case let .ifStmt(conds, then, elseBody): conditions(conds); stmts(then); if let e = elseBody { stmts(e) }
        case let .guardStmt(conds, elseBody): conditions(conds); stmts(elseBody)
        case let .whileStmt(conds, body, _): conditions(conds); stmts(body)
        case let .repeatWhile(body, cond, _): stmts(body); expr(cond)
        case let .forIn(p, seq, wh, body, _): pattern(p); expr(seq); if let w = wh { expr(w) }; stmts(body)
        case let .switchStmt(subject, cases, _):
            expr(subject)
            for c in cases {
                for item in c.patterns { pattern(item.pattern); if let w = item.whereClause { expr(w) } }
                stmts(c.body)
            }
        case let .doStmt(body, catches, _):
            stmts(body)
            for c in catches { if let p = c.pattern { pattern(p) }; if let w = c.whereClause { expr(w) }; stmts(c.body) }
        case .breakStmt, .continueStmt, .fallthroughStmt: break
        case let .returnStmt(e): if let e { expr(e) }
        case let .throwStmt(e): expr(e)
        case let .deferStmt(body): stmts(body)
        }
    }

    func varDecl(_ v: VarDecl) {
        for b in v.bindings {
            pattern(b.pattern)
            if let i = b.initializer { expr(i) }
            if let a = b.accessors { accessors(a) }
        }
    }

    func accessors(_ a: PropertyAccessors) {
        nested {
            if let g = a.getter { stmts(g) }
            if let s = a.setter { stmts(s.body) }
            if let s = a.willSet { stmts(s.body) }
            if let s = a.didSet { stmts(s.body) }
        }
    }

    func funcDecl(_ f: FuncDecl) {
        nested {
            for p in f.parameters { if let d = p.defaultValue { expr(d) } }
            if let b = f.body { stmts(b) }
            if let a = f.accessors { accessors(a) }
        }
    }

    func conditions(_ cs: [Condition]) {
        for c in cs {
            switch c {
            case let .expression(e): expr(e)
            case let .optionalBinding(p, _, v, _): pattern(p); expr(v)
            case let .casePattern(p, v): pattern(p); expr(v)
            }
        }
    }

    func pattern(_ p: Pattern) {
        switch p {
        case .wildcard, .binding, .isType: break
        case let .tuple(ps): for q in ps { pattern(q) }
        case let .typed(q, _), let .optionalSome(q), let .cast(q, _): pattern(q)
        case let .expression(e): expr(e)
        case let .enumCase(_, _, subs, _): for q in subs ?? [] { pattern(q) }
        }
    }

    func expr(_ e: Expr) {
        switch e.kind {
        case .intLiteral, .doubleLiteral, .boolLiteral, .stringLiteral, .nilLiteral, .superRef,
             .shorthandArgument, .implicitMember, .typeReference, .operatorReference, .keyPath, .discard:
            break
        case let .identifier(n): name(n)
        case let .interpolatedString(segs):
            for s in segs { if case let .interpolation(x) = s { expr(x) } }
        case let .arrayLiteral(xs): for x in xs { expr(x) }
        case let .dictionaryLiteral(entries): for en in entries { expr(en.key); expr(en.value) }
        case let .prefix(_, x), let .postfix(_, x), let .oneSidedRange(_, x, _), let .forceUnwrap(x),
             let .bindOptional(x), let .optionalChain(x), let .tryExpr(_, x), let .cast(_, x, _),
             let .member(x, _), let .tupleElement(x, _):
            expr(x)
        case let .binary(_, l, r): expr(l); expr(r)
        case let .assign(_, t, v): expr(t); expr(v)
        case let .ternary(c, t, f): expr(c); expr(t); expr(f)
        case let .call(callee, args): expr(callee); for a in args { expr(a.value) }
        case let .subscriptAccess(base, args): expr(base); for a in args { expr(a.value) }
        case let .tuple(elements): for el in elements { expr(el.value) }
        case let .closure(c):
            nested {
                for p in c.parameters ?? [] { if let d = p.defaultValue { expr(d) } }
                stmts(c.body)
            }
        }
    }
}
