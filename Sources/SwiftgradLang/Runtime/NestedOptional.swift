/// Optionals are flattened: a present `T?` is the value itself and nil is `.null`. Only an optional whose
/// present value is itself nil (`Int??` holding `.some(nil)`: the `first` of `[nil, 2]`, `d["a"]` of
/// `["a": nil]`) needs a wrapper to keep the two levels apart; it prints `Optional(nil)`, and `if let`,
/// `??`, `!`, `?.` and `case let x?` unwrap one level of it.
struct SomeOptional {
    let wrapped: Value
}

enum NestedOptionals {
    nonisolated(unsafe) static let type: NativeType = {
        let t = NativeType(name: "Optional", doc: "An optional holding another optional's value (`.some(nil)`).")
        func wrapped(_ n: NativeObject) -> Value { t.unwrap(n, as: SomeOptional.self).wrapped }
        t.description = { n in "Optional(" + ((try? wrapped(n).describe(debug: true)) ?? "?") + ")" }
        t.equality = { a, b in wrapped(a).isEqual(to: wrapped(b)) }
        t.hashing = { n, h in h.combine(1); wrapped(n).hash(into: &h) }
        return t
    }()
}

extension Value {
    /// This value as the present case of an optional: itself, unless it is nil or already such a wrapper.
    @inline(__always) var asSome: Value {
        switch self {
        case .null: return .native(NestedOptionals.type.wrap(SomeOptional(wrapped: self)))
        case let .native(n) where n.type === NestedOptionals.type: return .native(NestedOptionals.type.wrap(SomeOptional(wrapped: self)))
        default: return self
        }
    }

    /// The value inside a `.some(nil)`-style wrapper, if this is one.
    @inline(__always) var someWrapped: Value? {
        guard case let .native(n) = self, n.type === NestedOptionals.type else { return nil }
        return NestedOptionals.type.unwrap(n, as: SomeOptional.self).wrapped
    }
}
