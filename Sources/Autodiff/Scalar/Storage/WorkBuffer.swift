/// A manually managed array of machine words (node addresses, with tag bits) for the graph walks.
///
/// Plain pointer arithmetic: no uniqueness checks, bounds checks or reference counting per element,
/// which a `ContiguousArray` costs in a loop that does little else. Used two-ended by the
/// topological sort (the finished order grows from the front, the depth-first stack from the back,
/// so one word per node covers both) and as a stack by the release queue. Not copyable in spirit:
/// exactly one owner frees it.
@usableFromInline
internal struct WorkBuffer {
    @usableFromInline internal var base: UnsafeMutablePointer<UInt>
    @usableFromInline internal var capacity: Int

    internal init(capacity: Int) {
        self.capacity = Swift.max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    internal func free() { base.deallocate() }

    /// Doubles the capacity, keeping `front` words at the start and `back` words at the end.
    internal mutating func grow(front: Int, back: Int) {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<UInt>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: front)
        (newBase + newCapacity - back).moveInitialize(from: base + capacity - back, count: back)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

extension Value {
    /// The address of a node as a word (its low 4 bits are 0: objects are 16-byte aligned).
    @inline(__always)
    internal static func word(_ node: Unmanaged<Value>) -> UInt { UInt(bitPattern: node.toOpaque()) }

    /// The node at an address made by `word(_:)`, with any tag bits cleared.
    @inline(__always)
    internal static func node(_ word: UInt) -> Unmanaged<Value> {
        Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: word & ~UInt(15))!)
    }
}
