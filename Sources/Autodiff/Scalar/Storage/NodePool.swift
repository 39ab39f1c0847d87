/// Nodes kept for reuse instead of freed: a training loop frees one step's graph and builds the next,
/// of the same size, so the nodes of the old graph become the nodes of the new one without a trip
/// through malloc and free (which were 40% of the instructions of building, back-propagating and
/// freeing a graph).
///
/// A node enters the pool when the release queue (ChainRelease.swift) drops the last reference to
/// it: instead of being deinitialised it is retired — its tape slot erased, its operands queued for
/// release, its extras dropped — and kept, retained by the pool. `Value.make` takes nodes from here
/// before allocating. Nodes only come from the queue, so no other reference to them exists.
/// At most `capacity` nodes (about 10 MB) are kept: glibc would keep that memory as well (see
/// `AllocatorTuning`). Like the rest of the engine, one thread at a time.
@usableFromInline
internal enum NodePool {
    @usableFromInline static let capacity = 1 << 20
    @exclusivity(unchecked) @usableFromInline static var count = 0
    @exclusivity(unchecked) @usableFromInline static var slots: UnsafeMutablePointer<Unmanaged<Value>> = .allocate(capacity: capacity)

    /// A retired node, retained, or nil when the pool is empty.
    @inlinable @inline(__always) static func take() -> Value? {
        guard count > 0 else { return nil }
        count -= 1
        return slots[count].takeRetainedValue()
    }

    /// Keeps a retired node (the pool owns its reference); false when full.
    @inlinable @inline(__always) static func keep(_ node: Unmanaged<Value>) -> Bool {
        guard count < capacity else { return false }
        slots[count] = node
        count += 1
        return true
    }
}

extension Value {
    /// A node computed by a built-in op, reusing a pooled node when there is one.
    @inlinable @inline(__always)
    internal static func make(_ code: OpCode, _ p0: Value, _ p1: Value? = nil, exponent: Double = 0) -> Value {
        let data = code.forward(p0.data, p1?.data ?? 0, exponent: exponent)
        guard let node = NodePool.take() else { return Value(data, code: code, p0, p1, aux: exponent) }
        node.reuse(data, code: code, p0, p1, aux: exponent)
        return node
    }

    /// A constant leaf (a number operand), reusing a pooled node when there is one.
    @inlinable @inline(__always)
    internal static func constant(_ data: Double) -> Value {
        guard let node = NodePool.take() else { return Value(data) }
        node.reuseAsLeaf(data)
        return node
    }

    @usableFromInline
    internal func reuse(_ data: Double, code: OpCode, _ p0: Value, _ p1: Value?, aux: Double) {
        let (id, slot) = Value.claimID()
        self.data = data
        self.code = code
        self.slot1 = Value.secondWord(code, p1, aux: aux)
        self.parent0 = Unmanaged.passRetained(p0)
        self.id = id
        self.storedGrad = 0
        self.visitEpoch = 0
        self.groupID = 0
        self.flags = Value.roleBits(.intermediate)
        slot?.pointee = Value.word(Unmanaged.passUnretained(self))
    }

    @usableFromInline
    internal func reuseAsLeaf(_ data: Double) {
        let (id, slot) = Value.claimID()
        self.data = data
        self.code = .leaf
        self.slot1 = 0
        self.parent0 = nil
        self.id = id
        self.storedGrad = 0
        self.visitEpoch = 0
        self.groupID = 0
        self.flags = Value.roleBits(.input)
        slot?.pointee = Value.word(Unmanaged.passUnretained(self))
    }
}
