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


/// A place held by reference, for compiled closures that run often: copying a captured `Place`
/// retains and releases each of its closures.
final class PlaceRef {
    let place: Place
    init(_ place: Place) { self.place = place }
}
