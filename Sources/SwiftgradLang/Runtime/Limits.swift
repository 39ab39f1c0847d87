import MemoryBudget

/// Size limits on what one builtin call may allocate: a script asking for `Array(repeating: 0,
/// count: Int.max)` or iterating `0..<Int.max` into an array gets a `MemoryLimit` error instead of the
/// process being killed for want of memory.
enum Limits {
    /// Elements (or characters) one builtin call may create: ~160 MB of values.
    static let maxElements = 10_000_000

    /// Throws `MemoryLimit` when `count` exceeds `maxElements`; `what` names the request.
    static func check(_ count: Int, _ what: String) throws {
        guard count <= maxElements else {
            throw RuntimeError(.memoryLimit, "\(what) would create \(count) elements (the limit is \(maxElements))")
        }
        try checkBudget(bytes: product(count, MemoryLayout<Value>.stride), what)
    }

    /// Throws `MemoryLimit` when `bytes` more would take the process over its memory budget
    /// (`MemoryBudget`: a share of the machine's memory, or `--max-memory`).
    static func checkBudget(bytes: Int, _ what: String) throws {
        if bytes < 1 << 20 { MemoryBudget.note(bytes: bytes); return }   // counted toward the next measurement
        do { try MemoryBudget.reserve(bytes: bytes, for: what) } catch { throw RuntimeError(wrapping: error) }
    }

    /// Bytes (UTF-8) one string may reach by concatenation: a `s += s` loop stops at ~100 MB with an
    /// error instead of doubling until the machine runs out of memory.
    static let maxStringBytes = 100_000_000

    static func checkString(bytes: Int, _ what: String) throws {
        guard bytes <= maxStringBytes else {
            throw RuntimeError(.memoryLimit, "\(what) would make a string of \(bytes) bytes (the limit is \(maxStringBytes))")
        }
        try checkBudget(bytes: bytes, what)
    }

    /// `a * b` for sizes, saturating at `Int.max` (the result is then rejected by `check`).
    static func product(_ a: Int, _ b: Int) -> Int {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : p
    }
}
