import MemoryBudget

/// Script heap objects that can hold other script values (arrays, instances, closures, boxes, ...).
///
/// Every such object registers itself in `Heap`, which lets the cycle collector find garbage
/// cycles (a `Scalar`'s `_backward` closure capturing the `out` that holds it). Subclasses report
/// the references they hold in `forEachReference` and drop them in `clearReferences`, and move
/// their contents to `ReleaseQueue` in `deinit` so freeing a long chain never recurses.
public class HeapObject {
    /// Position in `Heap.objects` (kept up to date by swap-removal).
    @usableFromInline var heapIndex: Int = -1
    /// Scratch counter of the collector: external references.
    var gcRefs: Int = 0
    var gcMarked = false

    init() { Heap.register(self) }

    deinit { Heap.unregister(self) }

    /// Calls `body` once for every strong reference this object holds to another heap object.
    func forEachReference(_ body: (HeapObject) -> Void) {}

    /// Drops every reference this object holds (used on unreachable cycles).
    func clearReferences() {}
}

extension Value {
    /// Reports the heap object this value holds (used by `forEachReference`).
    @inline(__always) func visit(_ body: (HeapObject) -> Void) {
        if let o = traced { body(o) }
    }

    /// True if releasing this value may run a deinit (so it goes through the release queue).
    @inline(__always) var holdsReference: Bool {
        switch self {
        case .void, .null, .bool, .int, .double, .objectID: return false
        default: return true
        }
    }
}

/// Deferred releasing: a deinit moves the values it holds here instead of releasing them
/// recursively, and the outermost deinit drains the queue. Dropping a chain of a million objects
/// then uses constant stack.
enum ReleaseQueue {
    struct State {
        var pending: [Value] = []
        var draining = false
    }
    /// Behind a pointer: static `var`s pay a dynamic exclusivity check on every mutation.
    nonisolated(unsafe) static let state: UnsafeMutablePointer<State> = {
        let p = UnsafeMutablePointer<State>.allocate(capacity: 1)
        p.initialize(to: State())
        return p
    }()
    @inline(__always) static var pending: [Value] {
        _read { yield state.pointee.pending }
        _modify { yield &state.pointee.pending }
    }
    @inline(__always) static var draining: Bool {
        get { state.pointee.draining }
        set { state.pointee.draining = newValue }
    }

    @inline(__always) static func take(_ v: Value) {
        if v.holdsReference { pending.append(v) }
    }

    static func take<S: Sequence>(contentsOf values: S) where S.Element == Value {
        for v in values where v.holdsReference { pending.append(v) }
    }

    /// Called at the end of every deinit that put values here.
    @inline(__always) static func drainIfOutermost() {
        if draining || pending.isEmpty { return }
        draining = true
        while let v = pending.popLast() { _ = v }
        draining = false
    }
}

/// The registry of live heap objects and the cycle collector.
///
/// The collector needs no root enumeration: like CPython's, it computes for every object the
/// references that come from *outside* the heap (its retain count minus the references other heap
/// objects hold to it). Objects with outside references — held by globals, frames, Swift locals of
/// running native code, native objects — are roots; everything not reachable from a root is cyclic
/// garbage, whose references are cleared so ARC frees it. It is triggered by allocation count.
///
/// Use is single-threaded: each interpreter runs all script work on its own thread, one at a time.
public enum Heap {
    struct State {
        var objects: [Unmanaged<HeapObject>] = []
        var allocationsSinceCollect = 0
        var threshold = 20_000
        var nextGrowthCheck = 4096
        var residentAfterCollect = 0
    }
    /// Behind a pointer: static `var`s pay a dynamic exclusivity check on every mutation.
    nonisolated(unsafe) static let state: UnsafeMutablePointer<State> = {
        let p = UnsafeMutablePointer<State>.allocate(capacity: 1)
        p.initialize(to: State())
        return p
    }()
    @inline(__always) static var objects: [Unmanaged<HeapObject>] {
        _read { yield state.pointee.objects }
        _modify { yield &state.pointee.objects }
    }
    @inline(__always) static var allocationsSinceCollect: Int {
        get { state.pointee.allocationsSinceCollect }
        set { state.pointee.allocationsSinceCollect = newValue }
    }
    /// Collect after this many allocations: at least 20k, and at least three times the survivors of
    /// the last collection (so the work of a collection is paid for by three times as many
    /// allocations: linear overall, with the heap at most about four times its live size).
    @inline(__always) static var threshold: Int {
        get { state.pointee.threshold }
        set { state.pointee.threshold = newValue }
    }
    nonisolated(unsafe) static var collecting = false
    /// Statistics (tests and benchmarks read them).
    nonisolated(unsafe) public static var collections = 0
    nonisolated(unsafe) public static var freedByCollector = 0

    public static var liveObjects: Int { objects.count }

    @inline(__always) static func register(_ o: HeapObject) {
        o.heapIndex = objects.count
        objects.append(Unmanaged.passUnretained(o))
        allocationsSinceCollect &+= 1
        MemoryBudget.tick()
    }

    @inline(__always) static func unregister(_ o: HeapObject) {
        let i = o.heapIndex
        guard i >= 0, i < objects.count else { return }
        let last = objects.removeLast()
        if i < objects.count {
            objects[i] = last
            last._withUnsafeGuaranteedRef { $0.heapIndex = i }
        }
        o.heapIndex = -1
    }

    /// Collects if enough objects were allocated since the last collection. Safe at any point:
    /// references held by running Swift code count as outside references.
    @inline(__always) static func maybeCollect() {
        if allocationsSinceCollect >= threshold { collect() }
        else if allocationsSinceCollect >= state.pointee.nextGrowthCheck { collectIfMemoryGrewFast() }
    }

    /// Resident memory above which a collection that freed something returns free pages to the system.
    static let trimAbove = 128 << 20

    /// Allocations between two looks at resident memory (see `collectIfMemoryGrewFast`).
    static let growthCheckInterval = 4096

    /// The count threshold lets the heap reach four times its last live size, which is a lot when
    /// the objects are large or the last live set was big (1M cyclic nodes reached 1.5 GB where
    /// CPython stayed at 0.6 GB). So every few thousand allocations, resident memory is compared with
    /// what it was after the last collection: grown by a quarter (at most 128 MB) plus 32 MB,
    /// collect now. Collections then come at geometric steps of memory while the process is small, so
    /// their total work stays linear; the cap keeps a large process (a big live set, or memory other
    /// code holds) from piling up hundreds of megabytes of cycles before the next one.
    @inline(never) static func collectIfMemoryGrewFast() {
        state.pointee.nextGrowthCheck = allocationsSinceCollect + growthCheckInterval
        let now = MemoryBudget.residentBytes()
        let after = state.pointee.residentAfterCollect
        if now > after + min(after / 4, 128 << 20) + (32 << 20) { collect() }
    }

    @inline(never) static func retainCount(_ u: Unmanaged<HeapObject>) -> Int {
        Int(_getRetainCount(u.takeUnretainedValue()))
    }

    /// The retain count `retainCount` reports for an object with exactly one strong holder.
    static let baseline: Int = {
        let probe = HeapObject()
        let n = retainCount(Unmanaged.passUnretained(probe))
        withExtendedLifetime(probe) {}
        return n - 1
    }()

    /// Finds and frees unreachable cycles. Returns the number of objects freed.
    @discardableResult public static func collect() -> Int {
        if collecting { return 0 }
        collecting = true
        defer { collecting = false; allocationsSinceCollect = 0 }
        collections += 1
        let base = baseline
        let all = objects
        for u in all {
            // Measure before touching the object: a strong local would count as an outside reference.
            let refs = retainCount(u) - base
            u._withUnsafeGuaranteedRef { $0.gcRefs = refs; $0.gcMarked = false }
        }
        for u in all {
            u._withUnsafeGuaranteedRef { $0.forEachReference { $0.gcRefs -= 1 } }
        }
        var work: [HeapObject] = []
        for u in all {
            let o = u.takeUnretainedValue()
            if o.gcRefs > 0 && !o.gcMarked { o.gcMarked = true; work.append(o) }
        }
        while let o = work.popLast() {
            o.forEachReference { c in
                if !c.gcMarked { c.gcMarked = true; work.append(c) }
            }
        }
        var garbage: [HeapObject] = []
        for u in all {
            let o = u.takeUnretainedValue()
            if !o.gcMarked { garbage.append(o) }
        }
        for o in garbage { o.clearReferences() }
        let freed = garbage.count
        freedByCollector += freed
        garbage.removeAll()
        ReleaseQueue.drainIfOutermost()
        threshold = max(20_000, 3 * objects.count)
        state.pointee.nextGrowthCheck = growthCheckInterval
        // The allocator keeps freed memory for reuse, so resident memory after a collection counts the
        // garbage just freed as if it were live, and the next growth trigger (`collectIfMemoryGrewFast`)
        // then waited for that much more: five rounds of a 1M-node cyclic list peaked at 3.5 times its
        // live size. A large heap gives the freed pages back first (small ones collect too often to
        // page their memory out and in each time).
        var resident = MemoryBudget.residentBytes()
        if freed > 0 && resident > Heap.trimAbove {
            MemoryBudget.releaseFreeMemory()
            resident = MemoryBudget.residentBytes()
        }
        state.pointee.residentAfterCollect = resident
        return freed
    }
}
