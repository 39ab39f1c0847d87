/// Printing, comparing and hashing recurse into nested values; a value nested deeper than `limit`
/// (`for _ in 0..<300_000 { list = [list] }`) would overflow even the script thread's stack.
/// Beyond it, printing is a `StackOverflow` error, equality is false unless the storage is shared,
/// and hashing ignores the deeper levels.
enum ValueNesting {
    static let limit = 10_000
    /// Levels entered on the script thread (values are only printed, compared and hashed there).
    nonisolated(unsafe) static var depth = 0

    /// Runs `body` one level deeper; nil (without running it) past the limit.
    @inline(__always) static func nested<T>(_ body: () throws -> T) rethrows -> T? {
        if depth >= limit { return nil }
        depth += 1
        defer { depth -= 1 }
        return try body()
    }
}
