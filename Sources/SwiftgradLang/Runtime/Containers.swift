/// An array's storage. Shared between holders until one mutates (copy-on-write, see
/// `Library/Mutation.swift`).
public final class ArrayRef: HeapObject {
    public var items: [Value]
    @inline(__always) public init(_ items: [Value]) { self.items = items; super.init() }
    deinit {
        deferRelease(contentsOf: items)
        items = []
        drainReleases()
    }
    override func forEachReference(_ body: (HeapObject) -> Void) { Value.visit(items, body) }
    override func clearReferences() { items = [] }
}

/// A tuple (immutable; element labels optional).
public final class TupleRef: HeapObject {
    public let items: [Value]
    public let labels: [String?]
    public init(_ items: [Value], labels: [String?]? = nil) {
        self.items = items
        self.labels = labels ?? Array(repeating: nil, count: items.count)
        super.init()
    }
    deinit {
        deferRelease(contentsOf: items)
        drainReleases()
    }
    override func forEachReference(_ body: (HeapObject) -> Void) { Value.visit(items, body) }
    // Tuples are immutable; a cycle through one is broken at the mutable objects it holds.
}

/// A captured variable: closures and the declaring frame share it.
public final class Box: HeapObject {
    public var value: Value
    @inline(__always) public init(_ value: Value) { self.value = value; super.init() }
    deinit {
        deferRelease(value)
        value = .null
        drainReleases()
    }
    override func forEachReference(_ body: (HeapObject) -> Void) { value.visit(body) }
    override func clearReferences() { value = .null }
}

/// A hashable wrapper so values can key dictionaries and sets.
public struct HashKey: Hashable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
    public static func == (a: HashKey, b: HashKey) -> Bool { a.value.isEqual(to: b.value) }
    public func hash(into h: inout Hasher) { value.hash(into: &h) }

    /// What the set or dictionary buckets by. Object identities (`Set<ObjectIdentifier>` in every
    /// topological sort of a graph) are mixed with a few multiplications instead of SipHash (a
    /// `Hasher` per lookup was about 150 instructions, 5% of back-propagating the Scalar program,
    /// callgrind); an identity equals only an identity, so no other key needs to hash alike. (Numbers
    /// keep the `Hasher`: an Int equals the same Double and a fixed-width integer, whose hash is theirs.)
    public func _rawHashValue(seed: Int) -> Int {
        if case let .objectID(o) = value { return HashKey.mix(UInt64(UInt(bitPattern: o)), seed) }
        var h = Hasher()
        h.combine(seed)
        value.hash(into: &h)
        return h.finalize()
    }

    /// SplitMix64's finalizer over the key and the table's seed.
    @inline(__always) static func mix(_ key: UInt64, _ seed: Int) -> Int {
        var x = key ^ UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(bitPattern: UInt(x ^ (x >> 31)))
    }
}

/// An insertion-ordered dictionary.
public final class DictRef: HeapObject {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    private var index: [HashKey: Int] = [:]

    public override init() { super.init() }
    public init(copying other: DictRef) {
        keys = other.keys; values = other.values; index = other.index
        super.init()
    }
    deinit {
        deferRelease(contentsOf: keys); deferRelease(contentsOf: values)
        keys = []; values = []; index = [:]
        drainReleases()
    }
    public var count: Int { keys.count }
    public subscript(key: Value) -> Value? {
        guard let i = index[HashKey(key)] else { return nil }
        return values[i]
    }
    public func set(_ key: Value, _ value: Value) {
        if let i = index[HashKey(key)] { values[i] = value; return }
        index[HashKey(key)] = keys.count
        keys.append(key); values.append(value)
    }
    @discardableResult public func remove(_ key: Value) -> Value? {
        guard let i = index.removeValue(forKey: HashKey(key)) else { return nil }
        let old = values[i]
        keys.remove(at: i); values.remove(at: i)
        for j in i..<keys.count { index[HashKey(keys[j])] = j }
        return old
    }
    public func removeAll() { keys = []; values = []; index = [:] }
    override func forEachReference(_ body: (HeapObject) -> Void) {
        Value.visit(keys, body)
        Value.visit(values, body)
    }
    override func clearReferences() { removeAll() }
}

/// An insertion-ordered set.
public final class SetRef: HeapObject {
    public private(set) var items: [Value] = []
    private var index: [HashKey: Int] = [:]
    public override init() { super.init() }
    public init(copying other: SetRef) { items = other.items; index = other.index; super.init() }
    deinit {
        deferRelease(contentsOf: items)
        items = []; index = [:]
        drainReleases()
    }
    public var count: Int { items.count }
    public func contains(_ v: Value) -> Bool { index[HashKey(v)] != nil }
    /// Inserts; returns false if it was already there.
    @discardableResult public func insert(_ v: Value) -> Bool {
        // One hash lookup: the defaulted subscript inserts the new position only when absent.
        let position = items.count
        let inserted = SetRef.claim(&index[HashKey(v), default: -1], position)
        if inserted { items.append(v) }
        return inserted
    }
    @inline(__always) private static func claim(_ slot: inout Int, _ position: Int) -> Bool {
        if slot >= 0 { return false }
        slot = position
        return true
    }
    @discardableResult public func remove(_ v: Value) -> Value? {
        guard let i = index.removeValue(forKey: HashKey(v)) else { return nil }
        let old = items.remove(at: i)
        for j in i..<items.count { index[HashKey(items[j])] = j }
        return old
    }
    public func removeAll() { items = []; index = [:] }
    override func forEachReference(_ body: (HeapObject) -> Void) { Value.visit(items, body) }
    override func clearReferences() { removeAll() }
}
