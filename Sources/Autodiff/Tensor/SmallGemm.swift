import CTensorKernels

/// Matrix products too small for BLAS (a lesson's 100×2·2×4 and its backward products), in C built
/// for the processor's vector width (Sources/CTensorKernels/SmallProducts.c, which fixes the order
/// of the additions). Results equal the definition up to that order.
extension Tensor {
    /// C (+)= op(A)·op(B); A is m×k (k×m when `ta`), B k×n (n×k when `tb`), all row-major.
    @inline(__always)
    static func smallGemm(_ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Double>, _ ta: Bool,
                          _ b: UnsafePointer<Double>, _ tb: Bool, _ c: UnsafeMutablePointer<Double>, _ accumulate: Bool) {
        swiftgrad_small_gemm(m, n, k, a, ta ? 1 : 0, b, tb ? 1 : 0, c, accumulate ? 1 : 0)
    }
}
