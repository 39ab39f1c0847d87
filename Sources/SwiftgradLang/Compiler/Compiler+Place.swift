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
    /// `modify` that also hands out the coercion of the value in the place, known when the program runs
    /// (the element type of `model.layers[0].weights[i]` comes from the class's declared field), so a
    /// value assigned or appended through a subscript gets the container's element type.
    let modifyTyped: (Frame, (inout Value, Coercion) throws -> Void) throws -> Void
    /// Moves the value out for a mutating method (the place holds nil meanwhile, so the method works on
    /// the only reference); a computed or observed property only reads it (its setter runs once, on
    /// `restore`, with the changed value — a `didSet` must not see the nil).
    var readsInsteadOfTaking: ((Frame) throws -> Bool)?

    func takeOut(_ f: Frame) throws -> Value {
        if let readsInsteadOfTaking, try readsInsteadOfTaking(f) { return try read(f) }
        var taken = Value.null
        try modify(f) { v in swap(&taken, &v) }
        return taken
    }

    init(read: @escaping Eval, modify: @escaping (Frame, (inout Value) throws -> Void) throws -> Void,
         assign: @escaping (Frame, Value) throws -> Void, restore: ((Frame, Value, Int) throws -> Void)? = nil,
         modifyTyped: ((Frame, (inout Value, Coercion) throws -> Void) throws -> Void)? = nil) {
        self.read = read
        self.modify = modify
        self.assign = assign
        self.restore = restore ?? { f, v, _ in try assign(f, v) }
        self.modifyTyped = modifyTyped ?? { f, body in try modify(f) { v in try body(&v, .none) } }
    }

    /// A place inside a container place (an element, a field of a struct in an array...): assigning
    /// and putting back convert through the coercion `modifyTyped` finds.
    init(read: @escaping Eval, modifyTyped: @escaping (Frame, (inout Value, Coercion) throws -> Void) throws -> Void,
         _ rt: Runtime, what: String) {
        self.read = read
        self.modifyTyped = modifyTyped
        self.modify = { f, body in try modifyTyped(f) { v, _ in try body(&v) } }
        self.assign = { f, x in
            try modifyTyped(f) { v, c in
                if c.isNone { v = x; return }
                if case .null = x { v = x; return }
                v = try rt.coerce(x, c, what: what)
            }
        }
        self.restore = { f, x, from in
            try modifyTyped(f) { v, c in v = c.isNone ? x : try rt.coerce(x, c, what: what, elementsFrom: from) }
        }
    }
}

extension Coercion {
    /// The coercion of an element of a container with this coercion, read with subscript `index`
    /// (a range subscript gives a slice: the same coercion).
    func element(_ index: [Value]) -> Coercion {
        switch self {
        case let .optional(inner): return inner.element(index)
        case let .elements(ec):
            if index.count == 1, case .range = index[0] { return self }
            return ec
        case let .dictionaryValues(vc): return vc
        default: return .none
        }
    }

    /// The coercion of the value inside an optional with this coercion.
    var unwrapped: Coercion {
        switch self {
        case let .optional(inner): return inner
        case .optionalDouble: return .double
        default: return self
        }
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
                        let old: Value
                        if case let .box(b) = f[slot] { old = b.value } else { old = f[slot] }
                        let v2 = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", replacing: old)
                        if case let .box(b) = f[slot] { b.value = v2 } else { f[slot] = v2 }
                    }, restore: { f, v, from in
                        let v2 = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", elementsFrom: from)
                        if case let .box(b) = f[slot] { b.value = v2 } else { f[slot] = v2 }
                    }, modifyTyped: { f, body in
                        if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                        guard case let .box(b) = f[slot] else { try body(&f[slot], c); return }
                        try body(&b.value, c)
                    })
                }
                return Place(read: read, modify: { f, body in
                    if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    try body(&f[slot])
                    if c.isScalar { f[slot] = try rt.coerce(f[slot], c, what: "'\(name)'") }
                }, assign: { f, v in
                    if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", replacing: f[slot])
                }, restore: { f, v, from in
                    f[slot] = c.isNone ? v : try rt.coerce(v, c, what: "'\(name)'", elementsFrom: from)
                }, modifyTyped: { f, body in
                    if isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    try body(&f[slot], c)
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
                    cell.value = cell.coercion.isNone ? v : try rt.coerce(v, cell.coercion, what: "'\(name)'", replacing: cell.value)
                }, restore: { _, v, from in
                    // (The value was taken out of this defined `var` by the mutating method.)
                    cell.value = cell.coercion.isNone ? v : try rt.coerce(v, cell.coercion, what: "'\(name)'", elementsFrom: from)
                }, modifyTyped: { _, body in
                    guard cell.isDefined else { throw rt.undefinedName(name, locals: locals) }
                    if cell.isLet { throw RuntimeError("ImmutableAssignment", "cannot assign to value: '\(name)' is a 'let' constant") }
                    try body(&cell.value, cell.coercion)
                })
            case let .selfMember(member):
                return try compilePlace(Expr(.member(base: Expr(.identifier("self"), at: e.location), name: member), at: e.location))
            }
        case let .member(baseExpr, name):
            if case .superRef = baseExpr.kind { return try compileSuperPlace(name) }
            if case .identifier("self") = baseExpr.kind, fn.name == "init", let t = selfTypeInScope(), t.observed.contains(name) {
                // As in Swift, the type's own initializer stores an observed property without observing.
                return try compilePlace(Expr(.member(base: baseExpr, name: PropertyObservers.hiddenKey(name)), at: e.location))
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
                            throw RuntimeError("ImmutableAssignment", "cannot assign to property: '\(name)' is a 'let' constant")
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
                    guard let basePlace else { throw RuntimeError("ImmutableAssignment", "cannot assign to property of an immutable struct value") }
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
                                throw RuntimeError("ImmutableAssignment", "cannot assign to property: '\(name)' is a get-only property")
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
        case let .subscriptAccess(baseExpr, args):
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
                } catch let e as RuntimeError where e.kind == "ImmutableAssignment" {
                    // A class instance held by a `let` is not changed by assigning through its subscript
                    // (the place refused before anything ran).
                    var ref = try basePlace.read(f)
                    guard Compiler.isReference(ref) else { throw e }
                    try Subscripts.modify(&ref, idx, labels: labels, rt) { v in try body(&v, .none) }
                }
            }
            return Place(read: read, modifyTyped: modifyTyped, rt, what: "element")
        case let .tupleElement(baseExpr, index):
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
        case let .forceUnwrap(x), let .optionalChain(x):
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
        case let .bindOptional(x):
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
