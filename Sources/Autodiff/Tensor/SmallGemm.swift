/// Matrix products too small for BLAS (a lesson's 100×2·2×4 and its backward products), written for
/// the shapes a lesson meets: a product with one column is a dot product per row (four running sums,
/// so the additions overlap), one with several columns adds scaled rows of B into four columns of C
/// held in registers. Results equal the definition up to the order of the additions.
extension Tensor {
    /// C (+)= op(A)·op(B); A is m×k (k×m when `ta`), B k×n (n×k when `tb`), all row-major.
    static func smallGemm(_ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Double>, _ ta: Bool,
                          _ b: UnsafePointer<Double>, _ tb: Bool, _ c: UnsafeMutablePointer<Double>, _ accumulate: Bool) {
        // A(i, p) = a[i·ai + p·ap], B(p, j) = b[p·bp + j·bj].
        let ai = ta ? 1 : k, ap = ta ? m : 1, bp = tb ? 1 : n, bj = tb ? k : 1
        if n >= 2 && !tb {
            rowsTimesMatrix(m, n, k, a, ai, ap, b, c, accumulate)
            return
        }
        for i in 0..<m {
            let arow = a + i * ai
            for j in 0..<n {
                let s = dot(arow, ap, b + j * bj, bp, k)
                c[i * n + j] = accumulate ? c[i * n + j] + s : s
            }
        }
    }

    /// Σₚ x[p·sx]·y[p·sy], with four running sums when both are contiguous.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Double>, _ sx: Int, _ y: UnsafePointer<Double>, _ sy: Int, _ k: Int) -> Double {
        guard sx == 1 && sy == 1 else {
            var s = 0.0
            for p in 0..<k { s += x[p * sx] * y[p * sy] }
            return s
        }
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var p = 0
        while p + 4 <= k {
            s0 += x[p] * y[p]; s1 += x[p + 1] * y[p + 1]; s2 += x[p + 2] * y[p + 2]; s3 += x[p + 3] * y[p + 3]
            p += 4
        }
        while p < k { s0 += x[p] * y[p]; p += 1 }
        return (s0 + s1) + (s2 + s3)
    }

    /// C (+)= A·B for a row-major B (k×n): row i of C gathers rows p of B scaled by A(i, p), four
    /// columns at a time in registers.
    @inline(__always)
    private static func rowsTimesMatrix(_ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Double>, _ ai: Int, _ ap: Int,
                                        _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ accumulate: Bool) {
        for i in 0..<m {
            let arow = a + i * ai, ci = c + i * n
            var j = 0
            while j + 4 <= n {
                var lo = SIMD2<Double>(), hi = SIMD2<Double>()
                for p in 0..<k {
                    let x = SIMD2(repeating: arow[p * ap]), bpj = UnsafeRawPointer(b + p * n + j)
                    lo += x * bpj.loadUnaligned(as: SIMD2<Double>.self)
                    hi += x * bpj.loadUnaligned(fromByteOffset: 16, as: SIMD2<Double>.self)
                }
                if accumulate { ci[j] += lo[0]; ci[j + 1] += lo[1]; ci[j + 2] += hi[0]; ci[j + 3] += hi[1] } else {
                    ci[j] = lo[0]; ci[j + 1] = lo[1]; ci[j + 2] = hi[0]; ci[j + 3] = hi[1]
                }
                j += 4
            }
            while j < n {
                let s = dot(arow, ap, b + j, n, k)
                ci[j] = accumulate ? ci[j] + s : s
                j += 1
            }
        }
    }
}
