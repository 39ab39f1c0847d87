/// Element arrays of dead tensors, kept for the next tensor of the same size. A loop of small tensor
/// operations (a matrix-form lesson's epochs: 30 results of 1 to 400 elements each) would otherwise allocate and
/// free an array per operation, and each new `[Double]` costs a generic metadata lookup in the Swift
/// runtime on top of malloc. Bounded: arrays of at most `maxCount` elements, `depth` per size, `sizes`
/// sizes (at most 2 MB held per thread). An array still shared when recycled (a reshaped or detached
/// tensor, a script's `.data`) is copied on reuse by copy-on-write, so sharing is never broken.
enum ElementPool {
    static let maxCount = 4096
    static let sizes = 16
    static let depth = 4

    final class Store {
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: ElementPool.sizes)
        let depths = UnsafeMutablePointer<Int>.allocate(capacity: ElementPool.sizes)
        let arrays = UnsafeMutablePointer<[Double]>.allocate(capacity: ElementPool.sizes * ElementPool.depth)
        var nextEvicted = 0

        init() {
            counts.initialize(repeating: -1, count: ElementPool.sizes)
            depths.initialize(repeating: 0, count: ElementPool.sizes)
            arrays.initialize(repeating: [], count: ElementPool.sizes * ElementPool.depth)
        }

        deinit {
            counts.deallocate()
            depths.deallocate()
            arrays.deinitialize(count: ElementPool.sizes * ElementPool.depth)
            arrays.deallocate()
        }
    }

    private static let local = PerThread(slot: 0) { Store() }

    /// A recycled array of `n` elements (its contents are stale), or nil.
    @inline(__always) static func take(_ n: Int) -> [Double]? {
        guard n > 0 && n <= maxCount else { return nil }
        return local.with { s -> [Double]? in
            for i in 0..<sizes where s.counts[i] == n {
                guard s.depths[i] > 0 else { return nil }
                s.depths[i] -= 1
                var a: [Double] = []
                swap(&a, &s.arrays[i * depth + s.depths[i]])
                return a
            }
            return nil
        }
    }

    /// Keeps `a` for a later `take(a.count)` if there is room (moved in: no reference-count traffic).
    @inline(__always) static func recycle(_ a: inout [Double]) {
        let n = a.count
        guard n > 0 && n <= maxCount else { return }
        local.with { s in
            var slot = -1
            for i in 0..<sizes where s.counts[i] == n { slot = i; break }
            if slot < 0 {
                for i in 0..<sizes where s.depths[i] == 0 { slot = i; break }
                if slot < 0 {
                    slot = s.nextEvicted
                    s.nextEvicted = (slot + 1) % sizes
                    for d in 0..<s.depths[slot] { s.arrays[slot * depth + d] = [] }
                    s.depths[slot] = 0
                }
                s.counts[slot] = n
            }
            guard s.depths[slot] < depth else { return }
            swap(&a, &s.arrays[slot * depth + s.depths[slot]])
            s.depths[slot] += 1
        }
    }
}
