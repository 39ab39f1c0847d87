/// An assignable place: a variable, a property, an element, or a tuple element of one of those.
/// `modify` hands the stored value out `inout` so value-semantic boxes are mutated in place
/// (copy-on-write), which is what makes `xs[i].append(x)` and `p.position.x += 1` cheap and correct.
struct Place {
    let read: Eval
    let modify: (Frame, (inout Value) throws -> Void) throws -> Void
    let assign: (Frame, Value) throws -> Void
    /// Puts back a value a mutating method changed (`xs.append(x)`), converting only the array elements
    /// from the given index on (those the method added): `assign` would check a `[Double]` whole,
    /// and a loop of appends would be quadratic.
    let restore: (Frame, Value, Int) throws -> Void

    init(read: @escaping Eval, modify: @escaping (Frame, (inout Value) throws -> Void) throws -> Void,
         assign: @escaping (Frame, Value) throws -> Void, restore: ((Frame, Value, Int) throws -> Void)? = nil) {
        self.read = read
        self.modify = modify
        self.assign = assign
        self.restore = restore ?? { f, v, _ in try assign(f, v) }
    }
}

extension Compiler {
    func compilePlace(_ e: Expr) throws -> Place {
        let rt = self.rt
        switch e.kind {
        case let .identifier(name):
            switch resolve(name) {
            case let .local(l):
                let slot = l.slot, c = l.coercion, isLet = l.isLet && name != "self"
                let read = try compileName(name)
                if l.boxed {
                    return Place(read: read, modify: { f, body in
                        if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                        guard case let .box(b) = f[slot] else { try body(&f[slot]); return }
                        try body(&b.value)
                        if c.isScalar { b.value = try rt.coerce(b.value, c, what: "'\(name)'") }
                    }, assign: { f, v in
                        if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                        let v2 = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'")
                        if case let .box(b) = f[slot] { b.value = v2 } else { f[slot] = v2 }
                    }, restore: { f, v, from in
                        let v2 = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", elementsFrom: from)
                        if case let .box(b) = f[slot] { b.value = v2 } else { f[slot] = v2 }
                    })
                }
                return Place(read: read, modify: { f, body in
                    if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    try body(&f[slot])
                    if c.isScalar { f[slot] = try rt.coerce(f[slot], c, what: "'\(name)'") }
                }, assign: { f, v in
                    if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'")
                }, restore: { f, v, from in
                    f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", elementsFrom: from)
                })
            case let .global(cell):
                let read = try compileName(name)
                let locals = visibleLocalNames()
                return Place(read: read, modify: { _, body in
                    guard cell.isDefined else { throw rt.undefinedName(name, locals: locals) }
                    if cell.isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    try body(&cell.value)
                    if cell.coercion.isScalar { cell.value = try rt.coerce(cell.value, cell.coercion, what: "'\(name)'") }
                }, assign: { _, v in
                    guard cell.isDefined else { throw rt.undefinedName(name, locals: locals) }
                    if cell.isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    cell.value = cell.coercion.isNone ? v : try rt.coerce(v, cell.coercion, what: "'\(name)'")
                }, restore: { _, v, from in
                    // (The value was taken out of this defined `var` by the mutating method.)
                    cell.value = cell.coercion.isNone ? v : try rt.coerce(v, cell.coercion, what: "'\(name)'", elementsFrom: from)
                })
            case let .selfMember(member):
                return try compilePlace(Expr(.member(base: Expr(.identifier("self"), at: e.location), name: member), at: e.location))
            }
        case let .member(baseExpr, name):
            if case .superRef = baseExpr.kind { return try compileSuperPlace(name) }
            let be = try compileExpr(baseExpr)
            let basePlace = try? compilePlace(baseExpr)
            let cache = MemberCache()
            let read = try compileMemberGet(baseExpr, name)
            let modifyBase: (Frame, Value, (inout Value) throws -> Void) throws -> Void = { f, b, body in
                switch b {
                case let .instance(inst) where !inst.isStruct:
                    if inst.type !== cache.type { cache.fill(inst.type, field: name) }
                    let i = cache.fieldIndex
                    if i >= 0 {
                        if cache.fieldIsLet {
                            throw RuntimeError("ImmutableAssignment", "cannot assign to property: '\(name)' is a 'let' constant")
                        }
                        try body(&inst.fields[i])
                        let c = cache.fieldCoercion
                        if c.isScalar { inst.fields[i] = try rt.coerce(inst.fields[i], c, what: "property '\(name)'") }
                        return
                    }
                    var v = try Members.get(b, name, rt)
                    try body(&v)
                    try Members.set(b, name, v, rt)
                case let .instance(inst):
                    // A struct: mutate it where it lives.
                    guard let basePlace else { throw RuntimeError("ImmutableAssignment", "cannot assign to property of an immutable struct value") }
                    if let i = inst.type.fieldIndex[name] {
                        try basePlace.modify(f) { sv in
                            try sv.mutateInstance { si in
                                try body(&si.fields[i])
                                let c = si.type.fieldCoercions[i]
                                if c.isScalar { si.fields[i] = try rt.coerce(si.fields[i], c, what: "property '\(name)'") }
                            }
                        }
                    } else {
                        try basePlace.modify(f) { sv in
                            var v = try Members.get(sv, name, rt)
                            try body(&v)
                            guard case let .instance(si) = sv, let p = si.type.computedProperty(name) else {
                                return try sv.mutateInstance { si in try Members.set(.instance(si), name, v, rt) }
                            }
                            guard let setter = p.setter else {
                                throw RuntimeError("ImmutableAssignment", "cannot assign to property: '\(name)' is a get-only property")
                            }
                            try rt.callMutating(setter, [v], receiver: &sv)
                        }
                    }
                case let .tuple(t) where basePlace != nil && t.labels.contains(name):
                    // A labelled tuple element (`pos.y += v.y`): a new tuple with the same labels, stored back.
                    try basePlace!.modify(f) { tv in
                        guard case let .tuple(t) = tv, let i = t.labels.firstIndex(of: name) else { return }
                        var items = t.items
                        try body(&items[i])
                        tv = .tuple(TupleRef(items, labels: t.labels))
                    }
                default:
                    // `p.data -= lr * p.grad`: a native property read and written without lookups by name.
                    if case let .native(n) = b, let p = cache.nativeProperty(of: n, name), let set = p.set {
                        var v = try p.get(n)
                        try body(&v)
                        return try set(n, v)
                    }
                    var v = try Members.get(b, name, rt)
                    try body(&v)
                    try Members.set(b, name, v, rt)
                }
            }
            let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { f, body in
                try modifyBase(f, try be(f), body)
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
                try modifyBase(f, b) { $0 = v }
            }
            let restore: (Frame, Value, Int) throws -> Void = { f, v, from in
                let b = try be(f)
                if case let .instance(inst) = b, inst.type === cache.type, cache.fieldIndex >= 0,
                   !cache.fieldIsLet, !inst.isStruct {
                    let c = cache.fieldCoercion
                    inst.fields[cache.fieldIndex] = c.isNone ? v : try rt.coerce(v, c, what: "property '\(name)'", elementsFrom: from)
                    return
                }
                try modifyBase(f, b) { $0 = v }
            }
            return Place(read: read, modify: modify, assign: assign, restore: restore)
        case let .subscriptAccess(baseExpr, args):
            let basePlace = try compilePlace(baseExpr)
            let evs = try compileArgs(args)
            let labels = args.map { $0.label }
            let read = try compileSubscriptGet(baseExpr, args)
            let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { f, body in
                let idx = try evs.map { try $0.run(f) }
                do {
                    try basePlace.modify(f) { b in try Subscripts.modify(&b, idx, labels: labels, rt, body) }
                } catch let e as RuntimeError where e.kind == "ImmutableAssignment" {
                    // A class instance held by a `let` is not changed by assigning through its subscript
                    // (the place refused before anything ran).
                    var ref = try basePlace.read(f)
                    guard Compiler.isReference(ref) else { throw e }
                    try Subscripts.modify(&ref, idx, labels: labels, rt, body)
                }
            }
            return Place(read: read, modify: modify, assign: { f, v in try modify(f) { $0 = v } })
        case let .tupleElement(baseExpr, index):
            let basePlace = try compilePlace(baseExpr)
            let read = try compileExpr(e)
            let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { f, body in
                try basePlace.modify(f) { b in
                    guard case let .tuple(t) = b, index < t.items.count else { throw RuntimeError.typeMismatch("not a tuple") }
                    var items = t.items
                    try body(&items[index])
                    b = .tuple(TupleRef(items, labels: t.labels))
                }
            }
            return Place(read: read, modify: modify, assign: { f, v in try modify(f) { $0 = v } })
        case let .forceUnwrap(x), let .optionalChain(x):
            let inner = try compilePlace(x)
            return Place(read: inner.read, modify: { f, body in
                do { try inner.modify(f, body) } catch is OptionalChainNil {}
            }, assign: { f, v in
                do { try inner.assign(f, v) } catch is OptionalChainNil {}
            })
        case let .bindOptional(x):
            let inner = try compilePlace(x)
            return Place(read: inner.read, modify: { f, body in
                try inner.modify(f) { v in
                    if case .null = v { throw OptionalChainNil() }
                    try body(&v)
                }
            }, assign: inner.assign)
        case let .shorthandArgument(i):
            // `$0 += $1` in `reduce(into:)`: the caller reads the parameter slot back.
            guard i < fn.shorthandSlots.count else { throw error("anonymous closure argument $\(i) is not available here") }
            let slot = fn.shorthandSlots[i]
            return Place(read: { f in f[slot] }, modify: { f, body in try body(&f[slot]) }, assign: { f, v in f[slot] = v })
        default:
            throw error("cannot assign to this expression")
        }
    }

    func compileAssign(_ op: String?, _ target: Expr, _ value: Expr) throws -> Eval {
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
                guard let impl = Compiler.binaryImplementation(op) else { throw error("unknown operator '\(op)='") }
                if op == "+" {
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
                f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'")
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
        if let op {
            guard let impl = Compiler.binaryImplementation(op) else { throw error("unknown operator '\(op)='") }
            let appends = op == "+"
            return { f in
                let r = try ve(f)
                try place.modify(f) { v in
                    if appends, try Compiler.appendInPlace(&v, r) { return }
                    v = try impl(v, r, rt)
                }
                return .void
            }
        }
        return { f in
            try place.assign(f, try ve(f))
            return .void
        }
    }

    static func isReference(_ v: Value) -> Bool {
        switch v {
        case let .instance(i): return !i.isStruct
        case .native: return true
        default: return false
        }
    }

    /// `xs += ys` for arrays: appends to `xs`'s storage (copy-on-write) instead of building a new
    /// array, so a loop of `+=` stays linear. Returns false if the operands are not two arrays.
    static func appendInPlace(_ v: inout Value, _ more: Value) throws -> Bool {
        guard case .array = v, case let .array(m) = more else { return false }
        let items = m.items
        try v.mutateArray { xs in
            try Limits.check(xs.count + items.count, "'+='")
            xs.append(contentsOf: items)
        }
        return true
    }
}
