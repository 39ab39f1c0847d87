extension Compiler {
    func compileAssign(_ op: Operator?, _ target: Expr, _ value: Expr) throws -> Eval {
        let rt = self.rt
        let ve = try compileExpr(value, expecting: staticType(of: target))
        if case .discard = target.kind {
            return { f in _ = try ve(f); return .void }
        }
        if case let .tuple(elements) = target.kind, op == nil {
            let places = try elements.map { el -> Place? in
                if case .discard = el.value.kind { return nil }
                return try compilePlace(el.value)
            }
            return { f in
                let v = try ve(f)
                guard case let .tuple(t) = v, t.items.count == places.count else {
                    throw RuntimeError.typeMismatch("cannot assign \(v.typeName) to a tuple of \(places.count) elements")
                }
                for (p, x) in zip(places, t.items) { try p?.assign(f, x) }
                return .void
            }
        }
        // Fast path: plain local variable.
        if case let .identifier(name) = target.kind, case let .local(l) = resolve(name), !l.boxed, !l.isLet || name == "self" {
            let slot = l.slot, c = l.coercion
            if let op {
                guard let impl = Compiler.binaryImplementation(op) else { throw error("unknown operator '\(op.text)='") }
                if op == .plus {
                    // `total += x` on numbers without the generic operator call; `xs += ys` appends in place.
                    return { f in
                        let r = try ve(f)
                        if case let .int(a) = f[slot], case let .int(b) = r {
                            let (sum, overflow) = a.addingReportingOverflow(b)
                            if overflow { throw RuntimeError.overflow("+", a, b) }
                            f[slot] = .int(sum)
                        } else if case let .double(a) = f[slot], case let .double(b) = r, c != .int {
                            f[slot] = .double(a + b)
                        } else if !(try Compiler.appendInPlace(&f[slot], r)) {
                            let v = try Operators.add(f[slot], r, rt)
                            f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'")
                        }
                        return .void
                    }
                }
                return { f in
                    let r = try ve(f)
                    let v = try impl(f[slot], r, rt)
                    f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'")
                    return .void
                }
            }
            return { f in
                let v = try ve(f)
                Runtime.announceBinding(v, name)
                f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", replacing: f[slot])
                return .void
            }
        }
        let place = try compilePlace(target)
        if op == nil, case let .identifier(name) = target.kind {
            return { f in
                let v = try ve(f)
                Runtime.announceBinding(v, name)
                try place.assign(f, v)
                return .void
            }
        }
        let store = try placeStore(op, place)
        if let field = try compileFieldAssign(op, target, ve, otherwise: store) { return field }
        return { f in
            try store(f, try ve(f))
            return .void
        }
    }

    /// `place = v` or `place op= v` with the value already evaluated: the general assignment, and the
    /// fallback of the faster ones (`compileFieldAssign`).
    func placeStore(_ op: Operator?, _ place: Place) throws -> (Frame, Value) throws -> Void {
        guard let op else { return place.assign }
        guard let impl = Compiler.binaryImplementation(op) else { throw error("unknown operator '\(op.text)='") }
        let appends = op == .plus, rt = self.rt
        return { f, r in
            try place.modify(f) { v in
                if appends, try Compiler.appendInPlace(&v, r) { return }
                v = try impl(v, r, rt)
            }
        }
    }

    static func isReference(_ v: Value) -> Bool {
        switch v {
        case let .instance(i): return !i.isStruct
        case .native: return true
        default: return false
        }
    }

    /// `xs += ys` for arrays and `s += t` for strings: appends to `xs`'s storage (copy-on-write)
    /// instead of building a new array or string, so a loop of `+=` stays linear. Returns false if
    /// the operands are not two arrays or two strings.
    static func appendInPlace(_ v: inout Value, _ more: Value) throws -> Bool {
        if case .string = v, case let .string(m) = more {
            try v.appendString(m.value, "'+='")
            return true
        }
        guard case .array = v, case let .array(m) = more else { return false }
        let items = m.items
        try v.mutateArray { xs in
            try Limits.check(xs.count + items.count, "'+='")
            xs.append(contentsOf: items)
        }
        return true
    }

    /// `x`, `self`: evaluating it again has no effect (a member could run a getter).
    static func isPlainPath(_ e: Expr) -> Bool {
        if case .identifier = e.kind { return true }
        return false
    }
}
