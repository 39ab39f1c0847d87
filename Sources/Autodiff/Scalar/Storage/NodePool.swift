#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNodeMemory
import MemoryBudget

/// Nodes kept for reuse instead of freed: a training loop frees one step's graph and builds the next,
/// of the same size, so the nodes of the old graph become the nodes of the new one without a trip
/// through malloc and free. Measured on 60k-node graphs (a standalone build of Scalar/, CPU time):
/// building 27 → 20 ns per node (chain) and 33 → 22 (MLP-shaped), back-propagating 11 → 7 (the reused
/// nodes lie in the order they were freed in, close together).
///
/// A node enters the pool when the release queue (ChainRelease.swift) drops the last reference to
/// it: instead of being deinitialised it is retired — its tape slot erased, its operands queued for
/// release, its extras dropped — and kept, retained by the pool. `Value.make`, `makeUnmanaged` and the leaf initialiser take nodes from here
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
        prefetchAhead()
        count -= 1
        return slots.unsafelyUnwrapped[count].takeRetainedValue()
    }

    /// Starts loading the node that will be taken a few nodes from now: every node taken is
    /// written over (`fill`), a cache miss each when the pool is larger than the cache.
    @usableFromInline @inline(__always) static func prefetchAhead() {
        guard count > prefetchDistance else { return }
        let address = UnsafeRawPointer(slots.unsafelyUnwrapped[count - 1 - prefetchDistance].toOpaque())
        sg_prefetch_for_write(address)
        sg_prefetch_for_write(address + 64)  // an 80-byte node spans two cache lines
    }

    /// As `CreationTape.prefetchDistance` (measured the same way, 8 -> 32: forward 11.9-12.4 ->
    /// 11.5-11.6 ns per node on the mixed chain, 11.0-11.4 -> 10.3 ns on the wide graph).
    @usableFromInline static let prefetchDistance = 32

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
    /// A node whose operands the caller hands over (`__owned`): their references become the node's,
    /// so a temporary operand (`(a * b) + c`) costs no reference counting at all — Swift's own
    /// convention lends operands and releases each temporary afterwards, atomically. (The retains
    /// below come right before the parameters' releases, and the optimiser removes both.)
    @inlinable @inline(__always)
    internal static func make(_ code: OpCode, adopting p0: __owned Value, _ p1: __owned Value) -> Value {
        let node = makeUnmanaged(code, .passUnretained(p0), .passUnretained(p1), adopting: true)
        _ = Unmanaged.passRetained(p0)
        _ = Unmanaged.passRetained(p1)
        return node.takeRetainedValue()
    }

    /// A one-operand node (`x.relu()`, `x ** 2`) that takes over the caller's reference to `p0`.
    @inlinable @inline(__always)
    internal static func make(_ code: OpCode, adopting p0: __owned Value, exponent: Double = 0) -> Value {
        let node = makeUnmanaged(code, .passUnretained(p0), nil, exponent: exponent, adopting: true)
        _ = Unmanaged.passRetained(p0)
        return node.takeRetainedValue()
    }

    /// A constant leaf (a number operand), reusing a pooled node when there is one.
    @inlinable @inline(__always)
    internal static func constant(_ data: Double) -> Value {
        guard let node = NodePool.take() else { return Value(unpooled: data) }
        node.reuseAsLeaf(data, role: .input)
        return node
    }

    /// A leaf (`Value(2.0, label: "w", role: .parameter)`), reusing a pooled node when there is one.
    @inlinable @inline(__always)
    internal static func leaf(_ data: Double, label: String, role: ValueRole) -> Value {
        guard let node = NodePool.take() else { return Value(unpooled: data, label: label, role: role) }
        node.reuseAsLeaf(data, role: role)
        if !label.isEmpty { node.label = label }
        return node
    }

    /// Sets up a retired node as a computed one; the caller has retained the operands
    /// (`second` is the second operand's address, or the exponent's bits for `x ** n`).
    @usableFromInline @inline(__always)
    internal func fill(_ data: Double, code: OpCode, retained p0: Unmanaged<Value>, _ second: UInt) {
        let (id, slot) = Value.claimID()
        self.data = data
        self.code = code
        self.slot1 = second
        self.parent0 = p0
        self.id = id
        self.storedGrad = 0
        self.visitEpoch = 0
        self.groupID = 0
        self.flags = Value.roleBits(.intermediate)
        slot?.pointee = Value.word(Unmanaged.passUnretained(self))
    }

    @usableFromInline
    internal func reuseAsLeaf(_ data: Double, role: ValueRole) {
        let (id, slot) = Value.claimID()
        self.data = data
        self.code = .leaf
        self.slot1 = 0
        self.parent0 = nil
        self.id = id
        self.storedGrad = 0
        self.visitEpoch = 0
        self.groupID = 0
        self.flags = Value.roleBits(role)
        slot?.pointee = Value.word(Unmanaged.passUnretained(self))
    }
}

extension Value {
    /// A node of a built-in op from operands held as unmanaged references, returned +1 (the caller
    /// owns it). With `adopting`, the caller hands its references to the operands over to the node
    /// (temporaries of a sum being built); otherwise they are retained without atomics.
    /// For loops that build many nodes (`Neuron`): Swift's own reference counting of the same loop
    /// retains each operand read from an array and releases each temporary, atomically — 7 atomic
    /// operations per product-and-sum of a neuron, a third of building a moons-demo graph.
    @usableFromInline @inline(__always)
    internal static func makeUnmanaged(_ code: OpCode, _ p0: Unmanaged<Value>, _ p1: Unmanaged<Value>?,
                                       exponent: Double = 0, adopting: Bool) -> Unmanaged<Value> {
        let a = p0._withUnsafeGuaranteedRef { $0.data }
        let b = p1?._withUnsafeGuaranteedRef { $0.data } ?? 0
        let data = code.forward(a, b, exponent: exponent)
        if !adopting {
            _ = sg_nonatomic_retain(p0.toOpaque())
            if let p1 { _ = sg_nonatomic_retain(p1.toOpaque()) }
        }
        let second = p1.map { UInt(bitPattern: $0.toOpaque()) } ?? (code == .powConst ? UInt(exponent.bitPattern) : 0)
        guard NodePool.count > 0 else {
            return Unmanaged.passRetained(Value(data, code: code, retained: p0, second))
        }
        NodePool.prefetchAhead()
        NodePool.count -= 1
        let node = NodePool.slots.unsafelyUnwrapped[NodePool.count]
        node._withUnsafeGuaranteedRef { $0.fill(data, code: code, retained: p0, second) }
        return node
    }
}

extension Value {
    /// A +1 reference, counted without atomics (see `makeUnmanaged`).
    @inline(__always)
    internal static func retained(_ node: Value) -> Unmanaged<Value> {
        let u = Unmanaged.passUnretained(node)
        _ = sg_nonatomic_retain(u.toOpaque())
        return u
    }

    /// Drops a reference taken with `retained` or `makeUnmanaged`, without atomics.
    @inline(__always)
    internal static func releaseWithoutAtomics(_ node: Unmanaged<Value>) {
        sg_nonatomic_release(node.toOpaque())
    }
}
