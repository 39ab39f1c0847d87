import CScriptThread

/// Printing, comparing and hashing recurse into nested values; a value nested deeper than `limit`
/// (`for _ in 0..<300_000 { list = [list] }`) would overflow even the script thread's stack.
/// Beyond it, printing is a `StackOverflow` error, equality is false unless the storage is shared,
/// and hashing ignores the deeper levels.
enum ValueNesting {
    static let limit = 10_000
    /// Levels entered on this thread (a thread-local: each interpreter's script thread counts its own).
    static var depth: Int {
        @inline(__always) get { swiftgrad_get_value_nesting() }
        @inline(__always) set { swiftgrad_set_value_nesting(newValue) }
    }

    /// Runs `body` one level deeper; nil (without running it) past the limit.
    @inline(__always) static func nested<T>(_ body: () throws -> T) rethrows -> T? {
        let d = depth
        if d >= limit { return nil }
        depth = d + 1
        defer { depth = d }
        return try body()
    }
}
