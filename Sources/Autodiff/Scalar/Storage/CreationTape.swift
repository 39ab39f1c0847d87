#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNodeMemory

/// Every live node's address, indexed by its `id` (creation order) — what an operator-overloading
/// tape records, kept beside the pointer graph.
///
/// An operation's operands are always created before it, so visiting nodes by decreasing id is a
/// reverse topological order: `backward()` walks this table downwards from the root instead of
/// sorting the graph first. The next address comes from the table, not from the node just read,
/// so the processor overlaps the memory accesses of many nodes instead of waiting for each
/// (a depth-first sort chases pointers and waits on every one).
///
/// Slots live in chunks of 4,096 ids with a count of live nodes; a chunk whose nodes have all
/// been freed is freed too, so the table costs one word per live node. Ids past the directory
/// (more than 2^32 nodes created in one process) are not recorded, and `backward()` falls back to
/// the depth-first sort for them. Like the rest of the engine, not thread-safe: nodes must be created
/// and freed by one thread at a time (the release queue is per thread, this table is shared).
internal enum CreationTape {
    static let chunkShift = 12
    static let chunkSize = 1 << chunkShift
    static let directoryCapacity = 1 << 20

    /// Chunk pointers by `id >> chunkShift`; zero-filled, so untouched pages cost no memory.
    /// A chunk holds its live count in word 0 and the addresses of ids in words 1...chunkSize.
    /// Allocated by the first `reserveSlot` (a constant initial value avoids a lazy-initialisation check
    /// on every access).
    @exclusivity(unchecked) private static var table: UnsafeMutablePointer<UnsafeMutablePointer<UInt>?>? = nil

    /// The directory; only valid once a node has been recorded.
    @inline(__always) static var directory: UnsafeMutablePointer<UnsafeMutablePointer<UInt>?> { table! }

    /// Whether the node with this id is in the table.
    @inline(__always) static func records(_ id: Int) -> Bool { id >> chunkShift < directoryCapacity }

    /// The slot for the node about to be created with `id`, counted as live; the initialiser stores
    /// the node's address in it (`Value.word`). Nil past the directory.
    @inline(__always)
    static func reserveSlot(for id: Int) -> UnsafeMutablePointer<UInt>? {
        guard records(id) else { return nil }
        let directory = table ?? makeDirectory()
        let chunk = directory[id >> chunkShift] ?? newChunk(at: id >> chunkShift)
        chunk[0] &+= 1
        return chunk + (id & (chunkSize - 1)) + 1
    }

    /// Starts loading the node with this id, if it is alive (a hint: does nothing otherwise).
    /// Freeing a graph and the backward walk reach nodes roughly in decreasing id order, and each
    /// node is a cache miss; asking for the node a few ids ahead overlaps those misses.
    @inline(__always)
    static func prefetch(id: Int) {
        guard id > 0, records(id), let directory = table, let chunk = directory[id >> chunkShift] else { return }
        let word = chunk[(id & (chunkSize - 1)) + 1] & ~UInt(15)
        guard word != 0 else { return }
        // The reference count (offset 8) and `id` (offset 56) of an 80-byte node, 16-byte aligned,
        // are on two cache lines three times in four.
        sg_prefetch(UnsafeRawPointer(bitPattern: word))
        sg_prefetch(UnsafeRawPointer(bitPattern: word + 56))
    }

    /// How many ids ahead `prefetch` is asked for: far enough ahead to cover a load from memory at
    /// about 8 ns per node. Measured on the Intel Xeon of 2026-12-06 (`bench --only engine`, two
    /// builds alternating, load < 1): 8 -> 32 took backward from 10.2-10.7 to 8.2 ns per node (mixed
    /// chain) and 9.5-10.1 to 7.6-7.7 ns (wide graph), freeing 10.5-10.8 to 7.5-7.7 ns; 16 was between.
    static let prefetchDistance = 32

    /// Removes a dying node; frees its chunk when it was the chunk's last live node and no more ids
    /// will be handed out in it.
    @inline(__always)
    static func erase(id: Int) {
        guard records(id), let directory = table, let chunk = directory[id >> chunkShift] else { return }
        chunk[(id & (chunkSize - 1)) + 1] = 0
        chunk[0] &-= 1
        if chunk[0] == 0 && id >> chunkShift != Value.nextID >> chunkShift {
            directory[id >> chunkShift] = nil
            release(chunk)
        }
    }

    /// Emptied chunks kept for reuse (every slot is already 0 again): a training loop frees and
    /// builds a graph of the same size every step, and taking chunks from the allocator each time
    /// interleaves them with the nodes.
    @exclusivity(unchecked) private static var spareChunks: UnsafeMutablePointer<UInt>? = nil
    @exclusivity(unchecked) private static var spareCount = 0
    private static let spareLimit = 256

    private static func release(_ chunk: UnsafeMutablePointer<UInt>) {
        guard spareCount < spareLimit else { return free(chunk) }
        chunk[1] = spareChunks.map { UInt(bitPattern: $0) } ?? 0  // a link through the first slot
        spareChunks = chunk
        spareCount += 1
    }

    /// Runs when the first node is created: also tunes the allocator for graphs (see `AllocatorTuning`).
    private static func makeDirectory() -> UnsafeMutablePointer<UnsafeMutablePointer<UInt>?> {
        AllocatorTuning.apply()
        let raw = calloc(directoryCapacity, MemoryLayout<UnsafeMutablePointer<UInt>?>.stride)!
        let directory = raw.bindMemory(to: UnsafeMutablePointer<UInt>?.self, capacity: directoryCapacity)
        table = directory
        return directory
    }

    private static func newChunk(at index: Int) -> UnsafeMutablePointer<UInt> {
        // The previous chunk is complete now: free it if all its nodes died while it was current.
        if index > 0, let previous = directory[index - 1], previous[0] == 0 {
            directory[index - 1] = nil
            release(previous)
        }
        let chunk: UnsafeMutablePointer<UInt>
        if let spare = spareChunks {
            spareChunks = UnsafeMutablePointer(bitPattern: spare[1])
            spare[1] = 0
            spareCount -= 1
            chunk = spare
        } else {
            let raw = calloc(chunkSize + 1, MemoryLayout<UInt>.stride)!
            chunk = raw.bindMemory(to: UInt.self, capacity: chunkSize + 1)
        }
        directory[index] = chunk
        return chunk
    }
}
