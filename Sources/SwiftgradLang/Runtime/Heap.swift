import CScriptThread
import MemoryBudget

/// Script heap objects that can hold other script values (arrays, instances, closures, boxes, ...).
///
/// Every such object registers itself in the `Heap` of the interpreter whose script thread made it,
/// which lets that heap's cycle collector find garbage cycles (a `Scalar`'s `_backward` closure
/// capturing the `out` that holds it). Subclasses report the references they hold in
/// `forEachReference` and drop them in `clearReferences`, and hand their contents to their heap's
/// release queue in `deinit` so freeing a long chain never recurses.
public class HeapObject {
    /// The heap this object is registered in, unretained (a heap outlives its objects, see
    /// `Heap.ownerIsGone`) and used through `_withUnsafeGuaranteedRef`: a plain `unowned(unsafe)`
    /// reference was retained and released around each use, 2% of an allocation-heavy program.
    let heapRef: Unmanaged<Heap>
    /// Position in `heap.objects` (kept up to date by swap-removal). 32-bit, with `gcRefs`: together
    /// with the heap reference they take the 16 bytes one `Int` index and one `Int` counter took.
    @usableFromInline var heapIndex: Int32 = -1
    /// Scratch counter of the collector: external references.
    var gcRefs: Int32 = 0
    var gcMarked = false

    init() {
        heapRef = Heap.current
        heapRef._withUnsafeGuaranteedRef { $0.register(self) }
    }

    deinit { heapRef._withUnsafeGuaranteedRef { $0.unregister(self) } }

    /// The heap this object is registered in.
    var heap: Heap { heapRef.takeUnretainedValue() }

    /// For a subclass's `deinit`: hands a value it held to the heap's release queue.
    @inline(__always) final func deferRelease(_ v: Value) {
        heapRef._withUnsafeGuaranteedRef { $0.deferRelease(v) }
    }

    @inline(__always) final func deferRelease<S: Sequence>(contentsOf values: S) where S.Element == Value {
        heapRef._withUnsafeGuaranteedRef { $0.deferRelease(contentsOf: values) }
    }

    /// For the end of a subclass's `deinit`: releases what was deferred, unless an outer deinit will.
    @inline(__always) final func drainReleases() {
        heapRef._withUnsafeGuaranteedRef { $0.drainReleasesIfOutermost() }
    }

    /// Calls `body` once for every strong reference this object holds to another heap object.
    func forEachReference(_ body: (HeapObject) -> Void) {}

    /// Drops every reference this object holds (used on unreachable cycles).
    func clearReferences() {}
}

extension Value {
    /// Reports the heap object the cycle collector tracks that the value at `p` holds (used by
    /// `forEachReference`), unretained and without copying the value: binding the payload (`case
    /// let .array(a)`) copied the whole enum (an outlined copy and destroy, a retain and a release)
    /// around the opaque `body`, per reference visited; with `for v in items` each element was
    /// copied once more. The collector was 8.5% of the Scalar-class program's instructions
    /// (callgrind). Here the case is matched without binding and the reference read from the
    /// payload's first word, where a multi-payload enum whose payloads have no spare bits (Int,
    /// Double) keeps it unchanged (MemoryTests.testCollectorReadsEveryTracedCase checks every case).
    /// Safe because the collector's visits run no script code and free nothing.
    @inline(__always) static func visit(at p: UnsafePointer<Value>, _ body: (HeapObject) -> Void) {
        switch p.pointee {
        case .array, .dict, .set, .tuple, .instance, .enumCase, .function, .box:
            let raw = UnsafeRawPointer(p).load(as: UnsafeRawPointer.self)
            Unmanaged<HeapObject>.fromOpaque(raw)._withUnsafeGuaranteedRef(body)
        default:
            return
        }
    }

    /// The `Box` (a captured `var`'s storage) held at `p`, not retained: for reading or changing its
    /// value while the frame slot keeps it alive (binding it, `case let .box(b)`, retained and
    /// released it around every read of the variable). The reference is read from the payload's
    /// first word, as `visit(at:_:)` does.
    @inline(__always) static func unmanagedBox(at p: UnsafePointer<Value>) -> Unmanaged<Box>? {
        guard case .box = p.pointee else { return nil }
        return Unmanaged<Box>.fromOpaque(UnsafeRawPointer(p).load(as: UnsafeRawPointer.self))
    }

    /// Visits every value of `values` in place.
    @inline(__always) static func visit(_ values: [Value], _ body: (HeapObject) -> Void) {
        values.withUnsafeBufferPointer { b in
            guard let start = b.baseAddress else { return }
            var i = 0
            while i < b.count { visit(at: start + i, body); i += 1 }
        }
    }

    /// Reports the heap object this value holds (one value: see `visit(at:_:)` for many).
    @inline(__always) func visit(_ body: (HeapObject) -> Void) {
        withUnsafePointer(to: self) { Value.visit(at: $0, body) }
    }

    /// True if releasing this value may run a deinit (so it goes through the release queue).
    @inline(__always) var holdsReference: Bool {
        switch self {
        case .void, .null, .bool, .int, .double, .objectID: return false
        default: return true
        }
    }
}

/// The objects of one interpreter and their cycle collector, its release queue and its types' version.
///
/// Each `Runtime` owns one; its script thread makes it current (`Heap.current`, a thread-local), so
/// every object made there registers here. Two interpreters in one process have two heaps: a
/// collection in one never looks at the other's objects (an object of another heap that one of ours
/// refers to — a process-wide native function — counts as outside the heap, as a root would).
/// Objects made on a thread that runs no interpreter (tests building values directly) go to
/// `Heap.unattached`, which is never collected.
///
/// The collector needs no root enumeration: like CPython's, it computes for every object the
/// references that come from *outside* the heap (its retain count minus the references other heap
/// objects hold to it). Objects with outside references — held by globals, frames, Swift locals of
/// running native code, native objects — are roots; everything not reachable from a root is cyclic
/// garbage, whose references are cleared so ARC frees it. It is triggered by allocation count.
///
/// Use is single-threaded: all script work of an interpreter runs on its own thread, one job at a
/// time (its objects are freed there too, or after that thread ended). Release builds compile this
/// module without dynamic exclusivity checks, so the stored `var`s below cost a plain load or store.
public final class Heap {
    /// Where objects made on this thread register: the current runtime's heap, or `unattached`.
    @inline(__always) static var current: Unmanaged<Heap> {
        if let h = swiftgrad_get_current_heap() { return Unmanaged<Heap>.fromOpaque(h) }
        return Unmanaged.passUnretained(unattached)
    }

    /// The heap of objects made on threads that run no interpreter. Never collected.
    nonisolated(unsafe) static let unattached = Heap()

    var objects: [Unmanaged<HeapObject>] = []
    var allocationsSinceCollect = 0
    /// Collect after this many allocations: at least 20k, and at least three times the survivors of
    /// the last collection (so the work of a collection is paid for by three times as many
    /// allocations: linear overall, with the heap at most about four times its live size).
    var threshold = 20_000
    var nextGrowthCheck = Heap.growthCheckInterval
    var residentAfterCollect = 0
    var collecting = false
    /// Statistics (tests and benchmarks read them).
    public private(set) var collections = 0
    public private(set) var freedByCollector = 0

    /// The release queue: a deinit moves the values it holds here instead of releasing them
    /// recursively, and the outermost deinit drains the queue. Dropping a chain of a million objects
    /// then uses constant stack.
    var pendingReleases: [Value] = []
    var draining = false

    /// The version of this heap's types: bumped whenever a type's methods, static methods,
    /// computed properties, superclass or protocols change. Call-site and operator caches compare
    /// it to know that what they looked up still holds (an `extension` in a later cell is seen).
    var typeEpoch = 0

    /// Set when the owning runtime is gone; the heap then keeps itself alive until its last object is.
    private var ownerEnded = false
    private var keptAlive: Unmanaged<Heap>?

    public var liveObjects: Int { objects.count }

    /// The owning runtime is being freed. Objects it made may outlive it (a value native code or a
    /// test still holds) and unregister here when they go, so the heap stays until the last one.
    func ownerIsGone() {
        ownerEnded = true
        if !objects.isEmpty { keptAlive = Unmanaged.passRetained(self) }
    }

    @inline(__always) func register(_ o: HeapObject) {
        o.heapIndex = Int32(truncatingIfNeeded: objects.count)
        objects.append(Unmanaged.passUnretained(o))
        allocationsSinceCollect &+= 1
        MemoryBudget.tick()
    }

    @inline(__always) func unregister(_ o: HeapObject) {
        let i = Int(o.heapIndex)
        guard i >= 0, i < objects.count else { return }
        let last = objects.removeLast()
        if i < objects.count {
            objects[i] = last
            last._withUnsafeGuaranteedRef { $0.heapIndex = Int32(truncatingIfNeeded: i) }
        }
        o.heapIndex = -1
        if ownerEnded && objects.isEmpty { lastObjectGone() }
    }

    @inline(never) private func lastObjectGone() {
        let k = keptAlive
        keptAlive = nil
        k?.release()   // may free self: nothing after this
    }

    // MARK: Release queue

    @inline(__always) func deferRelease(_ v: Value) {
        if v.holdsReference { pendingReleases.append(v) }
    }

    func deferRelease<S: Sequence>(contentsOf values: S) where S.Element == Value {
        for v in values where v.holdsReference { pendingReleases.append(v) }
    }

    /// Called at the end of every deinit that deferred releases.
    @inline(__always) func drainReleasesIfOutermost() {
        if draining || pendingReleases.isEmpty { return }
        draining = true
        while let v = pendingReleases.popLast() { _ = v }
        draining = false
    }

    // MARK: Collector

    /// Collects if enough objects were allocated since the last collection. Safe at any point:
    /// references held by running Swift code count as outside references.
    @inline(__always) func maybeCollect() {
        if allocationsSinceCollect >= threshold { collect() }
        else if allocationsSinceCollect >= nextGrowthCheck { collectIfMemoryGrewFast() }
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
    @inline(never) func collectIfMemoryGrewFast() {
        nextGrowthCheck = allocationsSinceCollect + Heap.growthCheckInterval
        let now = MemoryBudget.residentBytes()
        let after = residentAfterCollect
        if now > after + min(after / 4, 128 << 20) + (32 << 20) { collect() }
    }

    /// (Read through a guaranteed reference: `takeUnretainedValue()` retained and released each
    /// object around the read. `baseline` is measured through this same function.)
    @inline(never) static func retainCount(_ u: Unmanaged<HeapObject>) -> Int {
        u._withUnsafeGuaranteedRef { Int(_getRetainCount($0)) }
    }

    /// The retain count `retainCount` reports for an object with exactly one strong holder.
    static let baseline: Int = {
        let probe = HeapObject()
        let n = retainCount(Unmanaged.passUnretained(probe))
        withExtendedLifetime(probe) {}
        return n - 1
    }()

    /// Finds and frees unreachable cycles among this heap's objects. Returns the number freed.
    @discardableResult public func collect() -> Int {
        if collecting { return 0 }
        collecting = true
        defer { collecting = false; allocationsSinceCollect = 0 }
        collections += 1
        let base = Heap.baseline
        let all = objects
        for u in all {
            // Measure before touching the object: a strong local would count as an outside reference.
            let refs = Heap.retainCount(u) - base
            u._withUnsafeGuaranteedRef { $0.gcRefs = Int32(truncatingIfNeeded: refs); $0.gcMarked = false }
        }
        // Another heap's objects (reached through a process-wide value) are left alone: their counters
        // belong to their own heap's collector.
        let me = Unmanaged.passUnretained(self).toOpaque()
        for u in all {
            u._withUnsafeGuaranteedRef { $0.forEachReference { c in if c.heapRef.toOpaque() == me { c.gcRefs &-= 1 } } }
        }
        // Marking runs no script code and frees nothing, so the work list holds objects unretained
        // (a retain and a release per reachable object otherwise). The garbage list holds them
        // strongly: clearing one's references may free another before its turn.
        var work: [Unmanaged<HeapObject>] = []
        for u in all {
            u._withUnsafeGuaranteedRef { o in
                if o.gcRefs > 0 && !o.gcMarked { o.gcMarked = true; work.append(u) }
            }
        }
        while let u = work.popLast() {
            u._withUnsafeGuaranteedRef { o in
                o.forEachReference { c in
                    if c.heapRef.toOpaque() == me && !c.gcMarked { c.gcMarked = true; work.append(Unmanaged.passUnretained(c)) }
                }
            }
        }
        var garbage: [HeapObject] = []
        for u in all where u._withUnsafeGuaranteedRef({ !$0.gcMarked }) {
            garbage.append(u.takeUnretainedValue())
        }
        for o in garbage { o.clearReferences() }
        let freed = garbage.count
        freedByCollector += freed
        garbage.removeAll()
        drainReleasesIfOutermost()
        threshold = max(20_000, 3 * objects.count)
        nextGrowthCheck = Heap.growthCheckInterval
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
        residentAfterCollect = resident
        return freed
    }
}
