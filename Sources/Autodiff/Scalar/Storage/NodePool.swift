#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MemoryBudget

/// Nodes kept for reuse instead of freed: a training loop frees one step's graph and builds the next,
/// of the same size, so the nodes of the old graph become the nodes of the new one without a trip
/// through malloc and free. Measured on 60k-node graphs (a standalone build of Scalar/, CPU time):
/// building 27 → 20 ns per node (chain) and 33 → 22 (MLP-shaped), back-propagating 11 → 7 (the reused
/// nodes lie in the order they were freed in, close together).
///
/// A node enters the pool when the release queue (ChainRelease.swift) drops the last reference to
/// it: instead of being deinitialised it is retired — its tape slot erased, its operands queued for
/// release, its extras dropped — and kept, retained by the pool. `Value.make` takes nodes from here
/// before allocating. Nodes only come from the queue, so no other reference to them exists.
/// At most `capacity` nodes (80 MB; glibc kept as much freed memory before, see `AllocatorTuning`).
/// When the process is over its memory budget the pool is emptied (`MemoryBudget.addReleaser`)
/// before resident memory is counted, as the allocator's free memory is. Like the rest of the
/// engine, one thread at a time: the pool belongs to the thread that last filled it.
@usableFromInline
internal enum NodePool {
    @usableFromInline static let capacity = 1 << 20
    @exclusivity(unchecked) @usableFromInline static var count = 0
    /// Allocated when the first node is kept (a constant initial value: no lazy-initialisation check).
    @exclusivity(unchecked) @usableFromInline static var slots: UnsafeMutablePointer<Unmanaged<Value>>? = nil
    @exclusivity(unchecked) private static var owner = pthread_self()

    /// A retired node, retained, or nil when the pool is empty.
    @inlinable @inline(__always) static func take() -> Value? {
        guard count > 0 else { return nil }
        count -= 1
        return slots.unsafelyUnwrapped[count].takeRetainedValue()
    }

    /// Keeps a retired node (the pool owns its reference); false when full.
    @inline(__always) static func keep(_ node: Unmanaged<Value>) -> Bool {
        guard count < capacity else { return false }
        if count == 0 { start() }
        slots.unsafelyUnwrapped[count] = node
        count += 1
        return true
    }

    private static func start() {
        owner = pthread_self()
        guard slots == nil else { return }
        slots = .allocate(capacity: capacity)
        MemoryBudget.addReleaser { NodePool.empty() }
    }

    /// Frees every pooled node (when called on the pool's thread).
    static func empty() {
        guard pthread_equal(owner, pthread_self()) != 0, let slots else { return }
        while count > 0 {
            count -= 1
            slots[count].release()  // a retired node: its deinit has nothing left to do
        }
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
        // Operands are retained without atomic instructions: nodes belong to one thread at a time
        // (see `Value`), and an atomic increment was a third of building a moons-demo graph.
        self.slot1 = p1.map { UInt(bitPattern: Value.retainOperand($0).toOpaque()) } ?? (code == .powConst ? UInt(aux.bitPattern) : 0)
        self.parent0 = Value.retainOperand(p0)
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

extension Value {
    /// A +1 reference to an operand, counted with a non-atomic increment.
    @inline(__always)
    internal static func retainOperand(_ v: Value) -> Unmanaged<Value> {
        let u = Unmanaged.passUnretained(v)
        _ = swiftNonatomicRetain(u.toOpaque())
        return u
    }
}

/// The Swift runtime's reference-count increment without the atomic instruction.
@_silgen_name("swift_nonatomic_retain")
private func swiftNonatomicRetain(_ object: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer
