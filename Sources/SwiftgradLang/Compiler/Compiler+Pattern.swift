extension Compiler {
    /// A local for a pattern name; alternatives of one `case` share it.
    func patternLocal(_ name: String, isLet: Bool, coercion: Coercion = .none, typeName: String? = nil) -> Local {
        if let l = fn.scopes[fn.scopes.count - 1][name] { return l }
        return declareLocal(name, isLet: isLet, coercion: coercion, typeName: typeName)
    }

    static func store(_ l: Local, _ f: Frame, _ v: Value) {
        if l.boxed { f[l.slot] = .box(Box(v)) } else { f[l.slot] = v }
    }

    /// Binds a declaration pattern (`let (a, b) = t`, `for (i, x) in`, `if let x`); fails with a
    /// TypeMismatch if the value does not have the pattern's shape.
    func compileBinding(_ p: Pattern, isLet: Bool, coercion: Coercion, typeName: String?) throws -> (Frame, Value) throws -> Void {
        let rt = self.rt
        switch p {
        case .wildcard: return { _, _ in }
        case let .binding(name, isVar, _):
            let l = patternLocal(name, isLet: isLet && !isVar, coercion: coercion, typeName: typeName)
            if coercion != .none {
                return { f, v in Compiler.store(l, f, try rt.coerce(v, coercion, what: "'\(name)'")) }
            }
            return { f, v in Compiler.store(l, f, v) }
        case let .typed(inner, t):
            return try compileBinding(inner, isLet: isLet, coercion: Coercion(typeName: t.text), typeName: t.text)
        case let .tuple(ps):
            let binds = try ps.map { try compileBinding($0, isLet: isLet, coercion: .none, typeName: nil) }
            return { f, v in
                let items: [Value]
                switch v {
                case let .tuple(t): items = t.items
                case let .array(a): items = a.items
                default: throw RuntimeError.typeMismatch("cannot destructure a value of type '\(v.typeName)' into \(ps.count) names")
                }
                guard items.count == binds.count else {
                    throw RuntimeError.typeMismatch("cannot destructure \(items.count) values into \(binds.count) names")
                }
                for (b, x) in zip(binds, items) { try b(f, x) }
            }
        default:
            let m = try compilePattern(p)
            return { f, v in
                if try !m(f, v) { throw RuntimeError.typeMismatch("value \(v.description) does not match the pattern") }
            }
        }
    }

    /// A `case` pattern: tests a value, binding names when it matches.
    func compilePattern(_ p: Pattern) throws -> (Frame, Value) throws -> Bool {
        let rt = self.rt
        switch p {
        case .wildcard: return { _, _ in true }
        case let .binding(name, isVar, _):
            let l = patternLocal(name, isLet: !isVar)
            return { f, v in Compiler.store(l, f, v); return true }
        case let .typed(inner, _): return try compilePattern(inner)
        case let .tuple(ps):
            let ms = try ps.map { try compilePattern($0) }
            return { f, v in
                guard case let .tuple(t) = v, t.items.count == ms.count else { return false }
                for (m, x) in zip(ms, t.items) where try !m(f, x) { return false }
                return true
            }
        case let .expression(e):
            let ev = try compileExpr(e)
            return { f, v in
                let pv = try ev(f)
                if case let .range(r) = pv, !(v.isRange) { return try r.contains(v, rt) }
                return try Operators.equal(v, pv, rt)
            }
        case let .enumCase(typeName, name, subs, _):
            let ms = try (subs ?? []).map { try compilePattern($0) }
            return { f, v in
                switch v {
                case let .enumCase(e):
                    guard e.caseName == name else { return false }
                    if let typeName, !e.type.isImplicitMembers, e.type.name != typeName { return false }
                    if ms.isEmpty { return true }
                    guard e.payload.count == ms.count else {
                        // One sub-pattern binding the whole payload as a tuple.
                        if ms.count == 1 { return try ms[0](f, .tuple(TupleRef(e.payload))) }
                        return false
                    }
                    for (m, x) in zip(ms, e.payload) where try !m(f, x) { return false }
                    return true
                case .null:
                    return name == "none"
                default:
                    if name == "some" {
                        if ms.count == 1 { return try ms[0](f, v.someWrapped ?? v) }
                        return true
                    }
                    return false
                }
            }
        case let .optionalSome(inner):
            let m = try compilePattern(inner)
            return { f, v in
                if case .null = v { return false }
                return try m(f, v.someWrapped ?? v)
            }
        case let .isType(t):
            return { _, v in rt.valueIs(v, t) }
        case let .cast(inner, t):
            let m = try compilePattern(inner)
            return { f, v in rt.valueIs(v, t) ? try m(f, v) : false }
        }
    }

    func compileSwitch(_ subject: Expr, _ cases: [SwitchCase], _ label: String?) throws -> Exec {
        let rt = self.rt
        let se = try compileExpr(subject)
        var compiled: [(matchers: [((Frame, Value) throws -> Bool, ((Frame) throws -> Bool)?)], isDefault: Bool, body: Exec)] = []
        fn.loopLabels.append(label)
        defer { fn.loopLabels.removeLast() }
        for c in cases {
            currentLine = c.location.line
            pushScope()
            var ms: [((Frame, Value) throws -> Bool, ((Frame) throws -> Bool)?)] = []
            for item in c.patterns {
                let m = try compilePattern(item.pattern)
                let w = try item.whereClause.map { try compileCondition($0) }
                ms.append((m, w))
            }
            switchCaseNesting += 1
            let body = try compileBlock(c.body)
            switchCaseNesting -= 1
            popScope()
            compiled.append((ms, c.isDefault, body))
        }
        return { f in
            let v = try se(f)
            for (i, c) in compiled.enumerated() {
                var matched = c.isDefault
                if !matched {
                    for (m, w) in c.matchers {
                        if try m(f, v), try w.map({ try $0(f) }) ?? true { matched = true; break }
                    }
                }
                guard matched else { continue }
                var k = i
                while true {
                    let r = try compiled[k].body(f)
                    if case .breakLoop = r, rt.flowLabel == Compiler.fallthroughLabel, k + 1 < compiled.count {
                        rt.flowLabel = nil
                        k += 1  // `fallthrough`: the next case's body runs, its patterns unchecked
                        continue
                    }
                    if case .breakLoop = r, rt.flowLabel == nil || rt.flowLabel == label || rt.flowLabel == Compiler.fallthroughLabel {
                        rt.flowLabel = nil
                        return .normal
                    }
                    return r
                }
            }
            return .normal
        }
    }

    /// The pending "label" a `fallthrough` leaves its case body with.
    static let fallthroughLabel = "\u{0}fallthrough"
}

extension Value {
    var isRange: Bool { if case .range = self { return true } else { return false } }
}
