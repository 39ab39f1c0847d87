/// Remembers the signatures already accepted so a captured message cannot be replayed.
/// Bounded like ipykernel's Session digest history: when full, the oldest tenth is forgotten.
public struct ReplayGuard {
    public let capacity: Int
    private var seen: Set<String> = []
    private var order: [String] = []
    private var start = 0   // index of the oldest remembered digest in `order`

    public init(capacity: Int = 1 << 16) {
        self.capacity = max(1, capacity)
    }

    public var count: Int { seen.count }

    /// Records `digest`; returns false when it was seen before (a replay).
    public mutating func accept(_ digest: String) -> Bool {
        if seen.contains(digest) { return false }
        seen.insert(digest)
        order.append(digest)
        if seen.count > capacity { cull() }
        return true
    }

    private mutating func cull() {
        let n = max(1, capacity / 10)
        for digest in order[start..<(start + n)] { seen.remove(digest) }
        start += n
        if start > capacity {   // compact now and then, not on every cull
            order.removeFirst(start)
            start = 0
        }
    }
}
