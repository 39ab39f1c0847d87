/// Raw access to tensor elements for the kernels: new element arrays written through a pointer
/// (recycled ones first, see ElementPool: `body` must write all `n` elements), and gradient
/// accumulation into a parent's `grad` (allocated on first use).
@inline(__always) func makeElements(_ n: Int, _ body: (UnsafeMutablePointer<Double>) -> Void) -> [Double] {
    guard n > 0 else { return [] }
    if var recycled = ElementPool.take(n) {
        recycled.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        return recycled
    }
    return [Double](unsafeUninitializedCapacity: n) { buf, initialized in
        body(buf.baseAddress!)
        initialized = n
    }
}

@inline(__always) func readElements<R>(_ a: [Double], _ body: (UnsafePointer<Double>) -> R) -> R {
    a.withUnsafeBufferPointer { body($0.baseAddress ?? UnsafePointer(bitPattern: 8)!) }
}

extension Tensor {
    /// Runs `body` on this tensor's gradient buffer if it takes part in differentiation.
    @inline(__always) func accumulateGrad(_ body: (UnsafeMutablePointer<Double>) -> Void) {
        guard requiresGrad, !data.isEmpty else { return }
        if grad == nil { grad = Array(repeating: 0, count: data.count) }
        grad!.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}
