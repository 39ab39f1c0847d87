extension Compiler {
    /// A property (`p.x`, `self.grad`, `model.layers`): a class instance's field changed where it is, a
    /// struct's through the struct's own place, a labelled tuple element, a computed or native property
    /// through its getter and setter.
    func memberPlace(_ baseExpr: Expr, _ name: String, at location: SourceLocation) throws -> Place {
        let rt = self.rt
        if case .superRef = baseExpr.kind { return try compileSuperPlace(name) }
        if case .identifier("self") = baseExpr.kind, fn.name == "init", let t = selfTypeInScope(), t.observed.contains(name) {
            // As in Swift, the type's own initializer stores an observed property without observing.
            return try compilePlace(Expr(.member(base: baseExpr, name: PropertyObservers.hiddenKey(name)), at: location))
        }
        let be = try compileExpr(baseExpr)
        let basePlace = try? compilePlace(baseExpr)
        let cache = MemberCache()
        let read = try compileMemberGet(baseExpr, name)
        let modifyBase: (Frame, Value, (inout Value, Coercion) throws -> Void) throws -> Void = { f, b, body in
            switch b {
            case let .instance(inst) where !inst.isStruct:
                if inst.type !== cache.type { cache.fill(inst.type, field: name) }
                let i = cache.fieldIndex
                if i >= 0 {
                    if cache.fieldIsLet {
                        throw RuntimeError(.immutableAssignment, "cannot assign to property: '\(name)' is a 'let' constant")
                    }
                    let c = cache.fieldCoercion
                    try body(&inst.fields[i], c)
                    if c.isScalar { inst.fields[i] = try rt.coerce(inst.fields[i], c, what: "property '\(name)'") }
                    return
                }
                var v = try Members.get(b, name, rt)
                try body(&v, .none)
                try Members.set(b, name, v, rt)
            case let .instance(inst):
                // A struct: mutate it where it lives.
                guard let basePlace else { throw RuntimeError(.immutableAssignment, "cannot assign to property of an immutable struct value") }
                if let i = inst.type.fieldIndex[name] {
                    try basePlace.modify(f) { sv in
                        try sv.mutateInstance { si in
                            let c = si.type.fields[i].coercion
                            try body(&si.fields[i], c)
                            if c.isScalar { si.fields[i] = try rt.coerce(si.fields[i], c, what: "property '\(name)'") }
                        }
                    }
                } else {
                    try basePlace.modify(f) { sv in
                        var v = try Members.get(sv, name, rt)
                        try body(&v, .none)
                        guard case let .instance(si) = sv, let p = si.type.computedProperty(name) else {
                            return try sv.mutateInstance { si in try Members.set(.instance(si), name, v, rt) }
                        }
                        guard let setter = p.setter else {
                            throw RuntimeError(.immutableAssignment, "cannot assign to property: '\(name)' is a get-only property")
                        }
                        try rt.callMutating(setter, [v], receiver: &sv)
                    }
                }
            case let .tuple(t) where basePlace != nil && t.labels.contains(name):
                // A labelled tuple element (`pos.y += v.y`): a new tuple with the same labels, stored back.
                try basePlace!.modifyTyped(f) { tv, tc in
                    guard case let .tuple(t) = tv, let i = t.labels.firstIndex(of: name) else { return }
                    var items = t.items
                    var ec = Coercion.none
                    if case let .tuple(cs, _) = tc.unwrapped, i < cs.count { ec = cs[i] }
                    try body(&items[i], ec)
                    tv = .tuple(TupleRef(items, labels: t.labels))
                }
            default:
                // `p.data -= lr * p.grad`: a native property read and written without lookups by name.
                if case let .native(n) = b, let p = cache.nativeProperty(of: n, name), let set = p.set {
                    var v = try p.get(n)
                    try body(&v, .none)
                    return try set(n, v)
                }
                var v = try Members.get(b, name, rt)
                try body(&v, .none)
                try Members.set(b, name, v, rt)
            }
        }
        let modifyTyped: (Frame, (inout Value, Coercion) throws -> Void) throws -> Void = { f, body in
            try modifyBase(f, try be(f), body)
        }
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { f, body in
            try modifyBase(f, try be(f)) { v, _ in try body(&v) }
        }
        // Assigning a class instance's stored property (`self.value = value`) is the common case.
        let assign: (Frame, Value) throws -> Void = { f, v in
            let b = try be(f)
            if case let .instance(inst) = b, inst.type === cache.type, cache.fieldIndex >= 0,
               !cache.fieldIsLet, !inst.isStruct {
                let c = cache.fieldCoercion
                inst.fields[cache.fieldIndex] = c.isNone ? v : try rt.coerce(v, c, what: "property '\(name)'")
                return
            }
            try modifyBase(f, b) { x, c in x = c.isNone || c.isScalar ? v : try rt.coerce(v, c, what: "property '\(name)'") }
        }
        let restore: (Frame, Value, Int) throws -> Void = { f, v, from in
            let b = try be(f)
            if case let .instance(inst) = b, inst.type === cache.type, cache.fieldIndex >= 0,
               !cache.fieldIsLet, !inst.isStruct {
                let c = cache.fieldCoercion
                inst.fields[cache.fieldIndex] = c.isNone ? v : try rt.coerce(v, c, what: "property '\(name)'", elementsFrom: from)
                return
            }
            try modifyBase(f, b) { x, c in x = c.isNone || c.isScalar ? v : try rt.coerce(v, c, what: "property '\(name)'", elementsFrom: from) }
        }
        var place = Place(read: read, modify: modify, assign: assign, restore: restore, modifyTyped: modifyTyped)
        // (Only for a base without calls or subscripts: it is evaluated once more here.)
        if Compiler.isPlainPath(baseExpr) { place.readsInsteadOfTaking = { f in
            guard case let .instance(inst) = try be(f) else { return false }
            return inst.type.fieldIndex[name] == nil && inst.type.computedProperty(name) != nil
        } }
        return place
    }
}
