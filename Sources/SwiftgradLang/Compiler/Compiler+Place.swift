extension Compiler {
    /// The place an assignable expression names, built by one factory per kind of place.
    func compilePlace(_ e: Expr) throws -> Place {
        switch e.kind {
        case let .identifier(name):
            switch resolve(name) {
            case let .local(l): return try localPlace(name, l)
            case let .global(cell): return try globalPlace(name, cell)
            case let .selfMember(member):
                return try compilePlace(Expr(.member(base: Expr(.identifier("self"), at: e.location), name: member), at: e.location))
            }
        case let .member(baseExpr, name): return try memberPlace(baseExpr, name, at: e.location)
        case let .subscriptAccess(baseExpr, args): return try subscriptPlace(baseExpr, args)
        case let .tupleElement(baseExpr, index): return try tupleElementPlace(e, baseExpr, index)
        case let .forceUnwrap(x), let .optionalChain(x): return try chainedPlace(x)
        case let .bindOptional(x): return try unwrappedPlace(x)
        case let .shorthandArgument(i): return try shorthandArgumentPlace(i)
        default: throw error("cannot assign to this expression")
        }
    }

    /// A local variable in its frame slot; one that closures capture holds the `Box` they share there.
    func localPlace(_ name: String, _ l: Local) throws -> Place {
        let rt = self.rt
        let slot = l.slot, c = l.coercion, isLet = l.isLet && name != "self"
        let read = try compileName(name)
        if l.boxed {
            // (The box is used unretained, `Value.unmanagedBox`: the slot keeps it alive, and only the
            // slot's own declaration stores another value there.)
            return Place(read: read, modify: { f, body in
                if isLet { throw RuntimeError.letConstant(name) }
                guard let u = Value.unmanagedBox(at: f + slot) else { try body(&f[slot]); return }
                try u._withUnsafeGuaranteedRef { b in
                    try body(&b.value)
                    if c.isScalar { b.value = try rt.coerce(b.value, c, what: "'\(name)'") }
                }
            }, assign: { f, v in
                if isLet { throw RuntimeError.letConstant(name) }
                guard let u = Value.unmanagedBox(at: f + slot) else {
                    f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", replacing: f[slot])
                    return
                }
                try u._withUnsafeGuaranteedRef { b in
                    b.value = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", replacing: b.value)
                }
            }, restore: { f, v, from in
                let v2 = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", elementsFrom: from)
                if let u = Value.unmanagedBox(at: f + slot) { u._withUnsafeGuaranteedRef { $0.value = v2 } } else { f[slot] = v2 }
            }, modifyTyped: { f, body in
                if isLet { throw RuntimeError.letConstant(name) }
                guard case let .box(b) = f[slot] else { try body(&f[slot], c); return }
                try body(&b.value, c)
            })
        }
        return Place(read: read, modify: { f, body in
            if isLet { throw RuntimeError.letConstant(name) }
            try body(&f[slot])
            if c.isScalar { f[slot] = try rt.coerce(f[slot], c, what: "'\(name)'") }
        }, assign: { f, v in
            if isLet { throw RuntimeError.letConstant(name) }
            f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", replacing: f[slot])
        }, restore: { f, v, from in
            f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", elementsFrom: from)
        }, modifyTyped: { f, body in
            if isLet { throw RuntimeError.letConstant(name) }
            try body(&f[slot], c)
        })
    }

    /// A global variable in its cell.
    func globalPlace(_ name: String, _ cell: GlobalCell) throws -> Place {
        let rt = self.rt
        let read = try compileName(name)
        let locals = visibleLocalNames()
        return Place(read: read, modify: { _, body in
            guard cell.isDefined else { throw rt.undefinedName(name, locals: locals) }
            if cell.isLet { throw RuntimeError.letConstant(name) }
            try body(&cell.value)
            if cell.coercion.isScalar { cell.value = try rt.coerce(cell.value, cell.coercion, what: "'\(name)'") }
        }, assign: { _, v in
            guard cell.isDefined else { throw rt.undefinedName(name, locals: locals) }
            if cell.isLet { throw RuntimeError.letConstant(name) }
            cell.value = cell.coercion.isNone ? v : try rt.coerce(v, cell.coercion, what: "'\(name)'", replacing: cell.value)
        }, restore: { _, v, from in
            // (The value was taken out of this defined `var` by the mutating method.)
            cell.value = cell.coercion.isNone ? v : try rt.coerce(v, cell.coercion, what: "'\(name)'", elementsFrom: from)
        }, modifyTyped: { _, body in
            guard cell.isDefined else { throw rt.undefinedName(name, locals: locals) }
            if cell.isLet { throw RuntimeError.letConstant(name) }
            try body(&cell.value, cell.coercion)
        })
    }

    /// An element (`xs[i]`, `d[k]`, `m[r, c]`), changed inside its container's own place.
    func subscriptPlace(_ baseExpr: Expr, _ args: [CallArgument]) throws -> Place {
        let rt = self.rt
        let basePlace = try compilePlace(baseExpr)
        let evs = try compileSubscriptArgs(baseExpr, args)
        let labels = args.map { $0.label }
        let read = try compileSubscriptGet(baseExpr, args)
        let modifyTyped: (Frame, (inout Value, Coercion) throws -> Void) throws -> Void = { f, body in
            let idx = try evs.map { try $0.run(f) }
            do {
                try basePlace.modifyTyped(f) { b, bc in
                    let ec = bc.element(idx)
                    try Subscripts.modify(&b, idx, labels: labels, rt) { v in try body(&v, ec) }
                }
            } catch let e as RuntimeError where e.kind == .immutableAssignment {
                // A class instance held by a `let` is not changed by assigning through its subscript
                // (the place refused before anything ran).
                var ref = try basePlace.read(f)
                guard Compiler.isReference(ref) else { throw e }
                try Subscripts.modify(&ref, idx, labels: labels, rt) { v in try body(&v, .none) }
            }
        }
        return Place(read: read, modifyTyped: modifyTyped, rt, what: "element")
    }

    /// A tuple element (`t.0`): a new tuple stored back in the tuple's place.
    func tupleElementPlace(_ e: Expr, _ baseExpr: Expr, _ index: Int) throws -> Place {
        let rt = self.rt
        let basePlace = try compilePlace(baseExpr)
        let read = try compileExpr(e)
        let modifyTyped: (Frame, (inout Value, Coercion) throws -> Void) throws -> Void = { f, body in
            try basePlace.modifyTyped(f) { b, bc in
                guard case let .tuple(t) = b, index < t.items.count else { throw RuntimeError.typeMismatch("not a tuple") }
                var items = t.items
                var ec = Coercion.none
                if case let .tuple(cs, _) = bc.unwrapped, index < cs.count { ec = cs[index] }
                try body(&items[index], ec)
                b = .tuple(TupleRef(items, labels: t.labels))
            }
        }
        return Place(read: read, modifyTyped: modifyTyped, rt, what: "tuple element")
    }

    /// `x!` and `x?` as places: assigning through a nil optional does nothing.
    func chainedPlace(_ x: Expr) throws -> Place {
        let inner = try compilePlace(x)
        return Place(read: inner.read, modify: { f, body in
            do { try inner.modify(f, body) } catch is OptionalChainNil {}
        }, assign: { f, v in
            do { try inner.assign(f, v) } catch is OptionalChainNil {}
        }, restore: { f, v, from in
            do { try inner.restore(f, v, from) } catch is OptionalChainNil {}
        }, modifyTyped: { f, body in
            do { try inner.modifyTyped(f, body) } catch is OptionalChainNil {}
        })
    }

    /// The value inside an optional place (a step of `a?.b = v`): nil stops the chain.
    func unwrappedPlace(_ x: Expr) throws -> Place {
        let inner = try compilePlace(x)
        return Place(read: inner.read, modify: { f, body in
            try inner.modify(f) { v in
                if case .null = v { throw OptionalChainNil() }
                try body(&v)
            }
        }, assign: inner.assign, restore: inner.restore, modifyTyped: { f, body in
            try inner.modifyTyped(f) { v, c in
                if case .null = v { throw OptionalChainNil() }
                try body(&v, c.unwrapped)
            }
        })
    }

    /// `$0 += $1` in `reduce(into:)`: the caller reads the parameter slot back.
    func shorthandArgumentPlace(_ i: Int) throws -> Place {
        guard i < fn.shorthandSlots.count else { throw error("anonymous closure argument $\(i) is not available here") }
        let slot = fn.shorthandSlots[i]
        return Place(read: { f in f[slot] }, modify: { f, body in try body(&f[slot]) }, assign: { f, v in f[slot] = v })
    }
}
