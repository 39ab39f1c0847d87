/// Shape arrays of one and two dimensions, shared between the tensors that have them: a training
/// step's products, transposes and column sums each made a new `[Int]` (a malloc and a free) for a
/// shape the step before had made too. Sixteen per thread (a training step has about ten), the oldest replaced first.
enum ShapeCache {
    static let capacity = 16

    final class Store {
        /// (rows, columns) of each cached shape; a 1-D shape [n] is (-1, n).
        let keys = UnsafeMutablePointer<(Int, Int)>.allocate(capacity: ShapeCache.capacity)
        let shapes = UnsafeMutablePointer<[Int]>.allocate(capacity: ShapeCache.capacity)
        var next = 0

        init() {
            keys.initialize(repeating: (-2, -2), count: ShapeCache.capacity)
            shapes.initialize(repeating: [], count: ShapeCache.capacity)
        }

        deinit {
            keys.deallocate()
            shapes.deinitialize(count: ShapeCache.capacity)
            shapes.deallocate()
        }

        @inline(__always) func shape(_ key: (Int, Int), _ make: () -> [Int]) -> [Int] {
            for i in 0..<ShapeCache.capacity where keys[i] == key { return shapes[i] }
            let s = make()
            keys[next] = key
            shapes[next] = s
            next = (next + 1) % ShapeCache.capacity
            return s
        }
    }

    private static let local = PerThread(slot: 1) { Store() }

    /// `[rows, columns]`.
    @inline(__always) static func matrix(_ rows: Int, _ columns: Int) -> [Int] {
        local.with { $0.shape((rows, columns)) { [rows, columns] } }
    }

    /// `[n]`.
    @inline(__always) static func vector(_ n: Int) -> [Int] {
        local.with { $0.shape((-1, n)) { [n] } }
    }
}
