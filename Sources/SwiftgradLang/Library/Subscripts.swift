/// `x[i]` and `x[i] = v` on arrays (Int index or range), dictionaries (optional result,
/// `[k, default: d]`), strings, native objects and script types with a `subscript`.
enum Subscripts {
    /// The computed-property key of a script type's subscript taking `arity` indices.
    static func key(arity: Int) -> String { arity == 1 ? "subscript" : "subscript/\(arity)" }

    static func get(_ b: Value, _ idx: [Value], labels: [String?], _ rt: Runtime) throws -> Value {
        switch b {
        case let .array(a):
            guard idx.count == 1 else { break }
            switch idx[0] {
            case let .int(k):
                guard k >= 0 && k < a.items.count else { throw ArrayMembers.indexError(k, a.items.count) }
                return a.items[k]
            case let .range(r):
                let rr = try bounds(r, count: a.items.count)
                return .arr(Array(a.items[rr]))
            default: break
            }
        case let .dict(d):
            guard idx.count >= 1 else { break }
            if let v = d[idx[0]] { return idx.count == 2 ? v : v.asSome }
            if idx.count == 2, labels[1] == "default" { return idx[1] }
            return .null
        case let .string(s):
            guard idx.count == 1 else { break }
            let chars = Array(s.value)
            switch idx[0] {
            case let .int(k):
                guard k >= 0 && k < chars.count else {
                    throw RuntimeError(.indexOutOfRange, "index \(k) is out of range for a string of \(chars.count) characters")
                }
                return .str(String(chars[k]))
            case let .range(r): return .str(String(chars[try bounds(r, count: chars.count)]))
            default: break
            }
        case let .native(n):
            if let g = n.type.subscriptGet { return try g(n, Arguments(idx, labels: labels, runtime: rt, receiver: b)) }
        case let .instance(inst):
            if let p = inst.type.computedProperty(Subscripts.key(arity: idx.count)) {
                return try rt.call(.function(p.getter), idx, receiver: b)
            }
        case let .tuple(t):
            if idx.count == 1, case let .int(k) = idx[0], k >= 0, k < t.items.count { return t.items[k] }
        default: break
        }
        throw RuntimeError.typeMismatch("cannot subscript a value of type '\(b.typeName)' with \(idx.map { $0.typeName }.joined(separator: ", "))")
    }

    /// Mutates the element at `idx` of the value in a place.
    static func modify(_ b: inout Value, _ idx: [Value], labels: [String?], _ rt: Runtime,
                       _ body: (inout Value) throws -> Void) throws {
        // A tag, not `switch b`: a switch's copy of `b` would defeat copy-on-write (see `callBuiltin`).
        switch b.builtinKind {
        case .array:
            guard idx.count == 1 else { break }
            if case let .int(k) = idx[0] {
                try b.mutateArray { items in
                    guard k >= 0 && k < items.count else { throw ArrayMembers.indexError(k, items.count) }
                    try body(&items[k])
                }
                return
            }
            if case let .range(r) = idx[0] {
                try b.mutateArray { items in
                    let rr = try bounds(r, count: items.count)
                    var slice = Value.arr(Array(items[rr]))
                    try body(&slice)
                    items.replaceSubrange(rr, with: try slice.array())
                }
                return
            }
        case .dict:
            guard idx.count >= 1 else { break }
            let key = idx[0]
            try b.mutateDict { d in
                var v = d[key] ?? (idx.count == 2 && labels[1] == "default" ? idx[1] : .null)
                try body(&v)
                if case .null = v { d.remove(key) } else { d.set(key, v) }
            }
            return
        default: break
        }
        switch b {
        case let .native(n):
            if let g = n.type.subscriptGet, let s = n.type.subscriptSet {
                let args = Arguments(idx, labels: labels, runtime: rt, receiver: b)
                var v = try g(n, args)
                try body(&v)
                try s(n, args, v)
                return
            }
        case let .instance(inst):
            if let p = inst.type.computedProperty(Subscripts.key(arity: idx.count)), let setter = p.setter {
                var v = try rt.call(.function(p.getter), idx, receiver: b)
                try body(&v)
                if inst.isStruct {
                    try rt.callMutating(setter, [v] + idx, receiver: &b)
                } else {
                    _ = try rt.call(.function(setter), [v] + idx, receiver: b)
                }
                return
            }
        default: break
        }
        throw RuntimeError.typeMismatch("cannot assign through subscript of a value of type '\(b.typeName)'")
    }

    static func bounds(_ r: RangeRef, count: Int) throws -> Range<Int> {
        guard case let .int(lo) = r.lower, case let .int(hiRaw) = r.upper else {
            throw RuntimeError.typeMismatch("array slices need Int bounds")
        }
        let hi = hiRaw == Int.max ? count : (r.closed ? hiRaw + 1 : hiRaw)
        guard lo >= 0, hi <= count, lo <= hi else {
            throw RuntimeError(.indexOutOfRange, "range \(r.lower)\(r.closed ? "..." : "..<")\(r.upper) is out of bounds for \(count) elements")
        }
        return lo..<hi
    }
}
