#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNodeMemory

/// Freeing a graph without recursion.
///
/// Releasing a node's operands inside its deinit would free node n, which frees node n-1 inside
/// it, and so on: one stack frame per node, overflowing at a few hundred thousand nodes. Instead a
/// dying node hands its (hand-retained) operands to its thread's release queue. The outermost
/// deinit on the thread drains the queue in a flat loop; the deinits that loop triggers only add
/// to the queue and return. A 10-million-node chain is freed at constant stack depth, with one
/// push, one pop and one release per operand: no uniqueness checks and no allocation per node.
extension Value {
    /// Called from deinit: queues the operands for release and drains the queue unless an outer
    /// deinit on this thread is already draining it.
    @inline(__always)
    internal func releaseOperands() {
        let isCustom = code == .custom
        guard parent0 != nil || isCustom else { return }  // a leaf: nothing to release
        let queue = ReleaseQueue.current
        queueOperands(queue)
        guard !queue.pointee.draining else { return }
        queue.pointee.draining = true
        while queue.pointee.count > 0 {
            let operand = Value.node(queue.pointee.pop())
            // When the queue holds the last reference, the node is retired into the pool instead of
            // freed (its operands join the queue). Otherwise it is released, which may run a deinit
            // that pushes more operands onto the queue.
            if NodePool.count < NodePool.capacity && operand._withUnsafeGuaranteedRef({ $0.isUniqueAndPoolable }) {
                operand._withUnsafeGuaranteedRef { $0.retire(queue) }
                _ = NodePool.keep(operand)
            } else {
                // Shared operands (a weight used by every data point) are released without atomics,
                // as they were retained (`makeUnmanaged`): 13% of a moons-demo step was this release.
                sg_nonatomic_release(operand.toOpaque())
            }
        }
        queue.pointee.draining = false
    }

    /// Pushes the operands (whose references this node holds) onto the queue.
    @inline(__always)
    private func queueOperands(_ queue: UnsafeMutablePointer<ReleaseQueue>) {
        if let p = parent0 { queue.pointee.push(Value.word(p)) }
        if let p = parent1 { queue.pointee.push(Value.word(p)) }
        if code == .custom, let extras = extras, !extras.customParents.isEmpty {
            for p in extras.customParents { queue.pointee.push(Value.word(Unmanaged.passRetained(p))) }
            extras.customParents = []
        }
    }

    /// Whether one strong reference (the queue's) is all there is, and no weak one: Swift's inline
    /// reference count word of a 64-bit object (after its type pointer) holds the strong count
    /// beyond the first in bits 33-62, "deiniting" in bit 32, and a side-table flag — set once a
    /// weak reference is taken — in bit 63. A node with a weak reference is freed, not pooled, so
    /// that the weak reference sees it die. Elsewhere nodes are never pooled.
    @inline(__always)
    internal var isUniqueAndPoolable: Bool {
        #if arch(x86_64) || arch(arm64)
        let bits = UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque()).load(fromByteOffset: 8, as: UInt64.self)
        return bits >> 32 == 0
        #else
        return false
        #endif
    }

    /// What deinit does, without freeing: the node leaves the tape and hands its operands to the queue.
    @inline(__always)
    private func retire(_ queue: UnsafeMutablePointer<ReleaseQueue>) {
        CreationTape.prefetch(id: id - CreationTape.prefetchDistance)
        CreationTape.erase(id: id)
        id = Int.max  // not in the tape: a later deinit (`NodePool.empty`) erases nothing
        queueOperands(queue)
        parent0 = nil
        slot1 = 0
        code = .leaf
        extras = nil
    }

}

/// One thread's operands awaiting release (see `releaseOperands`). Kept in thread-local storage, so
/// graphs freed on different threads never share a queue.
internal struct ReleaseQueue {
    var buffer = WorkBuffer(capacity: 1 << 10)
    var count = 0
    var draining = false

    @inline(__always) mutating func push(_ word: UInt) {
        if count == buffer.capacity { buffer.grow(front: count, back: 0) }
        buffer.base[count] = word
        count += 1
    }

    @inline(__always) mutating func pop() -> UInt {
        count -= 1
        return buffer.base[count]
    }

    // The thread-local key, created on first use (constant initial values: no lazy-initialisation
    // check on every deinit).
    @exclusivity(unchecked) private static var key = pthread_key_t()
    @exclusivity(unchecked) private static var hasKey = false

    private static func makeKey() {
        pthread_key_create(&key) { raw in
            // The thread is ending: free its queue.
            #if canImport(Glibc)
            guard let raw = raw else { return }
            #endif
            let queue = raw.assumingMemoryBound(to: ReleaseQueue.self)
            queue.pointee.buffer.free()
            queue.deinitialize(count: 1)
            queue.deallocate()
        }
        hasKey = true
    }

    /// This thread's queue, created on first use.
    static var current: UnsafeMutablePointer<ReleaseQueue> {
        if !hasKey { makeKey() }
        if let raw = pthread_getspecific(key) { return raw.assumingMemoryBound(to: ReleaseQueue.self) }
        let queue = UnsafeMutablePointer<ReleaseQueue>.allocate(capacity: 1)
        queue.initialize(to: ReleaseQueue())
        pthread_setspecific(key, queue)
        return queue
    }
}
