#if canImport(Glibc)
import Glibc
#endif

/// Allocator settings for graphs of many small nodes.
///
/// glibc serves small blocks from "fastbins", LIFO lists it consolidates now and then; after a
/// training step's graph is freed, the next step's nodes come back scattered across the heap, and
/// every later pass over the graph pays cache misses for it. With fastbins off, freed nodes
/// coalesce and are handed out again in address order: on micrograd's moons demo this makes forward
/// and backward about three times faster.
///
/// Freed memory is also kept in the process (up to 128 MB at the top of the heap, and blocks up to
/// 32 MB served from the heap rather than mapped): a training loop builds and frees a graph of the
/// same size every step, and memory returned to the system each time comes back as page faults —
/// about 10 ns per node on a million-node graph. Applied once, when the first node is created.
public enum AllocatorTuning {
    private static let applied: Bool = {
        #if canImport(Glibc)
        // mallopt is not in Swift's Glibc module (it lives in <malloc.h>): look it up by name.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        typealias MalloptFunction = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: MalloptFunction.self)
        let M_MXFAST: Int32 = 1, M_TRIM_THRESHOLD: Int32 = -1, M_MMAP_THRESHOLD: Int32 = -3
        let fastbinsOff = mallopt(M_MXFAST, 0) == 1
        let keepFreed = mallopt(M_TRIM_THRESHOLD, 128 << 20) == 1 && mallopt(M_MMAP_THRESHOLD, 32 << 20) == 1
        return fastbinsOff && keepFreed
        #else
        return false
        #endif
    }()

    /// Applies the settings (idempotent); returns whether the platform allocator accepted them.
    @discardableResult
    public static func apply() -> Bool { applied }
}
