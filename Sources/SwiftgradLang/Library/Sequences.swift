/// Turning values into element lists (for-in, zip, Array(x), map over ranges and strings).
enum Sequences {
    static func elements(_ v: Value, _ rt: Runtime) throws -> [Value] {
        switch v {
        case let .array(a): return a.items
        case let .set(s): return s.items
        case let .dict(d): return zip(d.keys, d.values).map { .tuple(TupleRef([$0, $1], labels: ["key", "value"])) }
        case let .string(s): return s.value.map { .str(String($0)) }
        case let .tuple(t): return t.items
        case let .range(r):
            if let ir = r.intRange {
                try Limits.check(ir.count, "iterating \(r.lower)\(r.closed ? "..." : "..<")\(r.upper)")
                return ir.map { .int($0) }
            }
            if case let .int(lo) = r.lower, case let .int(hi) = r.upper {
                // No `intRange`: empty, or more elements than an Int counts (`Int.min..<Int.max`).
                if hi > lo { try Limits.check(Int.max, "iterating \(lo)\(r.closed ? "..." : "..<")\(hi)") }
                return []
            }
            throw RuntimeError.typeMismatch("cannot iterate over a range of \(r.lower.typeName)")
        case .instance where ScriptSequences.isSequence(v):
            return try ScriptSequences.elements(v, rt)
        default:
            throw RuntimeError.typeMismatch("value of type '\(v.typeName)' is not a sequence")
        }
    }

    /// A one-sided range `n...` (its upper bound is `Int.max`).
    static func isUnbounded(_ v: Value) -> Bool {
        if case let .range(r) = v, case .int(Int.max) = r.upper { return true }
        return false
    }

    /// The first `count` elements of the one-sided range `v`.
    static func counting(from v: Value, _ count: Int) throws -> [Value] {
        guard case let .range(r) = v, case let .int(lo) = r.lower else { return [] }
        try Limits.check(count, "iterating \(lo)...")
        return (0..<count).map { .int(lo + $0) }
    }

    /// `Array(repeating:count:)` and `repeatElement`: a negative or huge count is an error.
    static func repeated(_ x: Value, count n: Int, _ what: String) throws -> Value {
        guard n >= 0 else { throw RuntimeError(.invalidArgument, "count must not be negative") }
        try Limits.check(n, what)
        return .arr(Array(repeating: x, count: n))
    }

    static func stride(_ from: Value, _ to: Value, _ by: Value, closed: Bool) throws -> Value {
        if case let .int(a) = from, case let .int(b) = to, case let .int(s) = by {
            guard s != 0 else { throw RuntimeError(.invalidArgument, "stride step must not be zero") }
            let span = b.subtractingReportingOverflow(a)
            let steps = span.partialValue.dividedReportingOverflow(by: s)
            try Limits.check(span.overflow || steps.overflow ? Int.max : max(0, steps.partialValue), "stride")
            return .arr(closed ? Swift.stride(from: a, through: b, by: s).map { .int($0) } : Swift.stride(from: a, to: b, by: s).map { .int($0) })
        }
        let a = try from.double(), b = try to.double(), s = try by.double()
        guard s != 0, s.isFinite else { throw RuntimeError(.invalidArgument, "stride step must be a non-zero number") }
        let n = ((b - a) / s)
        try Limits.check(n.isFinite && n < Double(Limits.maxElements) ? (n > 0 ? Int(n) : 0) : Int.max, "stride")
        return .arr(closed ? Swift.stride(from: a, through: b, by: s).map { .double($0) } : Swift.stride(from: a, to: b, by: s).map { .double($0) })
    }
}
