/// Dictionary, set, range and tuple members.
enum CollectionMembers {
    static func dictProperty(_ d: DictRef, _ name: String) -> Value? {
        switch name {
        case "count": return .int(d.count)
        case "isEmpty": return .bool(d.count == 0)
        case "keys": return .arr(d.keys)
        case "values": return .arr(d.values)
        case "first": return d.count == 0 ? .null : .tuple(TupleRef([d.keys[0], d.values[0]], labels: ["key", "value"]))
        default: return nil
        }
    }

    static func dictCall(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value? {
        let rt = args.runtime
        switch name {
        case "removeValue": let k = args[0]; return try recv.mutateDict { $0.remove(k) ?? .null }
        case "removeAll": return try recv.mutateDict { $0.removeAll(); return .void }
        case "merge":
            let other = try mergeEntries(args[0], rt), combine = args.labeled("uniquingKeysWith") ?? args[1]
            return try recv.mutateDict { d in try merge(other, into: d, combine, rt); return .void }
        case "updateValue":
            let v = args[0], k = args[1]
            return try recv.mutateDict { d in let old = d[k] ?? .null; d.set(k, v); return old }
        default: break
        }
        guard case let .dict(d) = recv else { return nil }
        let pairs = zip(d.keys, d.values).map { Value.tuple(TupleRef([$0, $1], labels: ["key", "value"])) }
        switch name {
        case "merging":
            let other = try mergeEntries(args[0], rt), combine = args.labeled("uniquingKeysWith") ?? args[1]
            let out = DictRef(copying: d)
            try merge(other, into: out, combine, rt)
            return .dict(out)
        case "mapValues":
            let f = args[0]; let out = DictRef()
            for (k, v) in zip(d.keys, d.values) { out.set(k, try rt.call(f, [v])) }
            return .dict(out)
        case "compactMapValues":
            let f = args[0]; let out = DictRef()
            for (k, v) in zip(d.keys, d.values) { let x = try rt.call(f, [v]); if !x.isNil { out.set(k, x) } }
            return .dict(out)
        case "filter":
            let f = args[0]; let out = DictRef()
            for (k, v) in zip(d.keys, d.values) where try rt.call(f, [.tuple(TupleRef([k, v], labels: ["key", "value"]))]).bool() { out.set(k, v) }
            return .dict(out)
        case "map": let f = args[0]; return .arr(try pairs.map { try rt.call(f, [$0]) })
        case "sorted":
            if args.count == 0 { return .arr(try pairs.sorted { try Operators.less($0, $1, rt) }) }
            let f = args[0]; return .arr(try pairs.sorted { try rt.call(f, [$0, $1]).bool() })
        case "forEach": let f = args[0]; for p in pairs { _ = try rt.call(f, [p]) }; return .void
        case "contains": let f = args[0]; return .bool(try pairs.contains { try rt.call(f, [$0]).bool() })
        case "index": return nil
        default:
            // The other sequence methods (`reduce`, `allSatisfy`, `min(by:)`...) see the (key, value) pairs.
            guard !ArrayMembers.mutating.contains(name) else { return nil }
            var seq = Value.arr(pairs)
            return try ArrayMembers.call(&seq, name, args)
        }
    }

    /// The (key, value) pairs `merge`/`merging` take: a dictionary or a sequence of pairs.
    static func mergeEntries(_ v: Value, _ rt: Runtime) throws -> [(Value, Value)] {
        if case let .dict(o) = v { return Array(zip(o.keys, o.values)) }
        return try Sequences.elements(v, rt).map { pair in
            guard case let .tuple(t) = pair, t.items.count == 2 else {
                throw RuntimeError.typeMismatch("merging needs a dictionary or (key, value) pairs, got \(pair.typeName)")
            }
            return (t.items[0], t.items[1])
        }
    }

    /// Adds `entries` to `d`; a key already there gets `combine(old, new)`.
    static func merge(_ entries: [(Value, Value)], into d: DictRef, _ combine: Value, _ rt: Runtime) throws {
        for (k, v) in entries {
            if let old = d[k] { d.set(k, try rt.call(combine, [old, v])) } else { d.set(k, v) }
        }
    }

    static func setProperty(_ s: SetRef, _ name: String) -> Value? {
        switch name {
        case "count": return .int(s.count)
        case "isEmpty": return .bool(s.count == 0)
        case "first": return s.items.first ?? .null
        default: return nil
        }
    }

    static func setCall(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value? {
        let rt = args.runtime
        switch name {
        case "insert":
            let x = args[0]
            return try recv.mutateSet { s in let inserted = s.insert(x); return .tuple(TupleRef([.bool(inserted), x], labels: HotBuiltin.insertResultLabels)) }
        case "remove": let x = args[0]; return try recv.mutateSet { $0.remove(x) ?? .null }
        case "removeAll": return try recv.mutateSet { $0.removeAll(); return .void }
        case "formUnion":
            let more = try Sequences.elements(args[0], rt)
            return try recv.mutateSet { s in for v in more { s.insert(v) }; return .void }
        case "subtract", "formIntersection", "formSymmetricDifference":
            guard case let .set(s) = recv else { return nil }
            let result = try setAlgebra(s, name, args[0], rt)
            return try recv.mutateSet { s in s.removeAll(); for v in result.items { s.insert(v) }; return .void }
        default: break
        }
        guard case let .set(s) = recv else { return nil }
        switch name {
        case "contains": return .bool(s.contains(args[0]))
        case "union":
            let out = SetRef(copying: s)
            for v in try Sequences.elements(args[0], rt) { out.insert(v) }
            return .set(out)
        case "intersection", "subtracting", "symmetricDifference": return .set(try setAlgebra(s, name, args[0], rt))
        case "isSubset", "isStrictSubset":
            let o = try set(args[0], rt)
            return .bool(s.items.allSatisfy { o.contains($0) } && (name == "isSubset" || o.count > s.count))
        case "isSuperset", "isStrictSuperset":
            let o = try set(args[0], rt)
            return .bool(o.items.allSatisfy { s.contains($0) } && (name == "isSuperset" || s.count > o.count))
        case "isDisjoint": let o = try set(args[0], rt); return .bool(!s.items.contains { o.contains($0) })
        default:
            var arr = Value.arr(s.items)
            return try ArrayMembers.call(&arr, name, args)
        }
    }

    /// A sequence argument as a set.
    static func set(_ v: Value, _ rt: Runtime) throws -> SetRef {
        if case let .set(s) = v { return s }
        let o = SetRef()
        for x in try Sequences.elements(v, rt) { o.insert(x) }
        return o
    }

    /// `intersection`, `subtracting`, `symmetricDifference` (and their in-place forms) of `s` and a sequence.
    static func setAlgebra(_ s: SetRef, _ name: String, _ other: Value, _ rt: Runtime) throws -> SetRef {
        let o = try set(other, rt)
        let out = SetRef()
        switch name {
        case "intersection", "formIntersection": for v in s.items where o.contains(v) { out.insert(v) }
        case "subtracting", "subtract": for v in s.items where !o.contains(v) { out.insert(v) }
        default:  // symmetric difference
            for v in s.items where !o.contains(v) { out.insert(v) }
            for v in o.items where !s.contains(v) { out.insert(v) }
        }
        return out
    }

    static func rangeProperty(_ r: RangeRef, _ name: String) -> Value? {
        switch name {
        case "lowerBound": return r.lower
        case "upperBound": return r.upper
        case "count": return .int(r.intRange?.count ?? 0)
        case "isEmpty": return .bool((r.intRange?.count ?? 0) == 0)
        case "first": return r.intRange.flatMap { $0.first.map { .int($0) } } ?? .null
        case "last": return r.intRange.flatMap { $0.last.map { .int($0) } } ?? .null
        default: return nil
        }
    }

    static func rangeCall(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value? {
        guard case let .range(r) = recv else { return nil }
        if name == "contains", args.labels.first != "where" {
            return .bool(try r.contains(args[0], args.runtime))
        }
        if name == "clamped" || name == "overlaps", case let .range(o) = args[0] {
            let rt = args.runtime
            if name == "clamped" {  // `(1...5).clamped(to: 2...3)`: the bounds pulled into the other range
                let lo = try Operators.less(r.lower, o.lower, rt) ? o.lower : (try Operators.less(o.upper, r.lower, rt) ? o.upper : r.lower)
                let hi = try Operators.less(o.upper, r.upper, rt) ? o.upper : (try Operators.less(r.upper, o.lower, rt) ? o.lower : r.upper)
                return .range(RangeRef(lo, hi, closed: r.closed))
            }
            // Two ranges overlap when each starts before the other ends (an empty half-open range overlaps nothing).
            func startsBeforeEnd(_ a: RangeRef, _ b: RangeRef) throws -> Bool {
                b.closed ? try !Operators.less(b.upper, a.lower, rt) : try Operators.less(a.lower, b.upper, rt)
            }
            func isEmpty(_ a: RangeRef) throws -> Bool { a.closed ? false : try !Operators.less(a.lower, a.upper, rt) }
            let overlap = try !isEmpty(r) && !isEmpty(o) && startsBeforeEnd(r, o) && startsBeforeEnd(o, r)
            return .bool(overlap)
        }
        var arr = Value.arr(try Sequences.elements(recv, args.runtime))
        return try ArrayMembers.call(&arr, name, args)
    }

    static func tupleProperty(_ t: TupleRef, _ name: String) -> Value? {
        if let i = Int(name), i >= 0, i < t.items.count { return t.items[i] }
        if let i = t.labels.firstIndex(where: { $0 == name }) { return t.items[i] }
        return nil
    }
}
