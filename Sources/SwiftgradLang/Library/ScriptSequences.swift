/// Script types that conform to `Sequence` / `IteratorProtocol`: `for x in countdown` calls
/// `makeIterator()` (or uses the value itself when it has `next()`), then `next()` until it returns nil.
/// for-in runs lazily (an endless sequence can be left with `break`); the other uses (`Array(s)`,
/// `s.map`, `s.sorted()`...) collect the elements first, within the element limit.
enum ScriptSequences {
    /// The iterator of a script sequence, or nil if `v` is not one.
    static func iterator(of v: Value, _ rt: Runtime) throws -> Value? {
        guard case let .instance(inst) = v else { return nil }
        if let make = inst.type.method("makeIterator") { return try rt.call(.function(make), [], receiver: v) }
        return inst.type.method("next") != nil ? v : nil
    }

    static func isSequence(_ v: Value) -> Bool {
        guard case let .instance(inst) = v else { return false }
        return inst.type.method("makeIterator") != nil || inst.type.method("next") != nil
    }

    /// Calls the (mutating) `next()` of the iterator in `it`; nil at the end.
    static func next(_ it: inout Value, _ rt: Runtime) throws -> Value? {
        guard case let .instance(inst) = it, let m = inst.type.method("next") else {
            throw RuntimeError.typeMismatch("value of type '\(it.typeName)' is not an iterator (it has no 'next()' method)")
        }
        let base = try rt.reserve(1)
        base[0] = it
        it = .null  // the frame holds the only reference, so a struct iterator is mutated in place
        defer {
            it = base[0]
            rt.release(base, 1)
        }
        let r = try rt.callFunction(m, base: base, argCount: 0, labels: [], labelSignature: LabelSignatures.noArguments,
                                    hasReceiver: true)
        if case .null = r { return nil }
        return r.someWrapped ?? r
    }

    /// Runs `body` on each element until the sequence ends or `body` returns false.
    static func forEach(_ v: Value, _ rt: Runtime, _ body: (Value) throws -> Bool) throws {
        guard var it = try iterator(of: v, rt) else { throw RuntimeError.typeMismatch("value of type '\(v.typeName)' is not a sequence") }
        while let x = try next(&it, rt) {
            if try !body(x) { return }
            try rt.checkInterrupt()
        }
    }

    /// All the elements (an endless sequence stops at the element limit with an error).
    static func elements(_ v: Value, _ rt: Runtime, limit: Int = Int.max) throws -> [Value] {
        var items: [Value] = []
        if limit <= 0 { return items }
        try forEach(v, rt) { x in
            try Limits.check(items.count + 1, "iterating a '\(v.typeName)'")
            items.append(x)
            return items.count < limit
        }
        return items
    }

    /// `s.name(args)`, a Sequence method the script type does not declare (`map`, `filter`, `reduce`,
    /// `sorted`, `enumerated`...): the array method on its elements. `prefix(n)` takes only n elements,
    /// so it works on an endless sequence.
    static func call(_ v: Value, _ name: String, _ args: Arguments) throws -> Value {
        let rt = args.runtime
        if name == "prefix", args.count == 1, args.labels == [nil], case let .int(n) = args[0] {
            guard n >= 0 else { throw RuntimeError(.invalidArgument, "can't take a prefix of negative length") }
            return .arr(try elements(v, rt, limit: n))
        }
        if name == "makeIterator" || name == "next" { throw Members.noMember(v, name) }
        var items = Value.arr(try elements(v, rt))
        return try Members.callBuiltin(&items, name, Arguments(args.values, labels: args.callLabels, runtime: rt, receiver: items))
    }
}
