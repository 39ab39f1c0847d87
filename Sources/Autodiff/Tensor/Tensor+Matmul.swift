import CBLAS

/// Matrix products through BLAS (`cblas_dgemm` of Debian's BLIS, see BLAS.swift). The backward rule
/// is the matrix chain rule: for C = A·B, dL/dA = dL/dC · Bᵀ and dL/dB = Aᵀ · dL/dC, accumulated into
/// the gradients by dgemm itself (beta = 1), with the transposes read in place (no copies).
extension Tensor {
    /// The BLAS in use and the kernels it chose for this processor, e.g. "BLIS 0.9.0 (skx kernels)".
    public static var blasDescription: String { BLAS.description }

    /// C (m×n) = op(A) · op(B), or += when `accumulate`; A and B are row-major m×k / k×n before
    /// their transposes.
    static func gemm(_ m: Int, _ n: Int, _ k: Int,
                     _ a: UnsafePointer<Double>, transposeA: Bool,
                     _ b: UnsafePointer<Double>, transposeB: Bool,
                     _ c: UnsafeMutablePointer<Double>, accumulate: Bool) {
        guard m > 0, n > 0 else { return }
        if k == 0 {
            if !accumulate { c.initialize(repeating: 0, count: m * n) }
            return
        }
        if m * n * k <= smallProduct {
            smallGemm(m, n, k, a, transposeA, b, transposeB, c, accumulate)
            return
        }
        _ = BLAS.ready
        cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), 1.0,
                    a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n),
                    accumulate ? 1.0 : 0.0, c, Int32(n))
    }

    /// Below this many multiply-adds a plain loop beats the call into BLAS (its argument checks,
    /// packing buffers and kernel dispatch cost more than a lesson's 100×2·2×4 product itself).
    public static let smallProduct = 8192

    /// The matrix product, NumPy's `a @ b`: 2-D × 2-D, or a 1-D operand read as a row (left) or a
    /// column (right) vector, whose dimension the result drops.
    public static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard (1...2).contains(a.rank), (1...2).contains(b.rank) else {
            throw TensorError.shapeMismatch(op: "matmul", lhs: a.shape, rhs: b.shape,
                                            reason: "need 1 or 2 dimensions each")
        }
        let m = a.rank == 2 ? a.shape[0] : 1, k = a.shape[a.rank - 1]
        let kb = b.shape[0], n = b.rank == 2 ? b.shape[1] : 1
        guard k == kb else {
            throw TensorError.shapeMismatch(op: "matmul", lhs: a.shape, rhs: b.shape,
                                            reason: "do not chain (\(k) columns against \(kb) rows)")
        }
        let shape: [Int] = a.rank == 2 ? (b.rank == 2 ? ShapeCache.matrix(m, n) : ShapeCache.vector(m))
                                        : (b.rank == 2 ? ShapeCache.vector(n) : [])
        _ = try Shape.checkedCount(shape, op: "matmul")
        let out = readElements(a.data) { pa in readElements(b.data) { pb in
            makeElements(m * n) { pc in gemm(m, n, k, pa, transposeA: false, pb, transposeB: false, pc, accumulate: false) }
        } }
        return Tensor(shape: shape, data: out, op: "matmul", recording: a.requiresGrad || b.requiresGrad, parents: [a, b]) { { [unowned a, unowned b] g in
            readElements(g) { pg in
                readElements(b.data) { pb in
                    a.accumulateGrad { ga in gemm(m, k, n, pg, transposeA: false, pb, transposeB: true, ga, accumulate: true) }
                }
                readElements(a.data) { pa in
                    b.accumulateGrad { gb in gemm(k, n, m, pa, transposeA: true, pg, transposeB: false, gb, accumulate: true) }
                }
            }
        } }
    }

    public func matmul(_ other: Tensor) throws -> Tensor { try Tensor.matmul(self, other) }
}
