#if canImport(Glibc)
import Glibc
#endif

/// Allocator settings for graphs of many small nodes.
///
/// glibc serves small blocks from "fastbins", LIFO lists it consolidates now and then; after a
/// training step's graph is freed, the next step's nodes come back scattered across the heap, and
/// every later pass over the graph pays cache misses for it. With fastbins off, freed nodes
/// coalesce and are handed out again in address order: on micrograd's moons demo this makes forward
/// and backward about three times faster. Applied once, from `backward()` and `MLP.init`; call
/// `AllocatorTuning.apply()` at program start to cover the very first graph too.
public enum AllocatorTuning {
    private static let applied: Bool = {
        #if canImport(Glibc)
        // mallopt is not in Swift's Glibc module (it lives in <malloc.h>): look it up by name.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        typealias MalloptFunction = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: MalloptFunction.self)
        let M_MXFAST: Int32 = 1
        return mallopt(M_MXFAST, 0) == 1
        #else
        return false
        #endif
    }()

    /// Applies the settings (idempotent); returns whether the platform allocator accepted them.
    @discardableResult
    public static func apply() -> Bool { applied }
}
