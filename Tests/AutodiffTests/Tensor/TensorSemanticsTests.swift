import Foundation
import XCTest
@testable import Autodiff

/// The tensor engine's user model (the scalar engine's) and its shape errors.
final class TensorSemanticsTests: XCTestCase {
    func testBackwardFillsOnlyTensorsThatRequireGrad() throws {
        let x = try Tensor([[1, 2], [3, 4]])
        let w = try Tensor([[0.5], [-1]], requiresGrad: true)
        let y = try Tensor.matmul(x, w)
        XCTAssertEqual(y.shape, [2, 1])
        XCTAssertEqual(y.data, [-1.5, -2.5])
        XCTAssertNil(w.grad)
        let loss = y.sum()
        try loss.backward()
        XCTAssertEqual(w.grad, [4, 6])
        XCTAssertNil(x.grad)                 // data, not a parameter
        XCTAssertEqual(y.grad, [1, 1])
        XCTAssertEqual(loss.grad, [1])
    }

    func testLeavesAccumulateIntermediatesShowTheLatestPass() throws {
        let a = Tensor([1, 2, 3], requiresGrad: true)
        let sq = try a * a
        let s = sq.sum()
        try s.backward()
        XCTAssertEqual(a.grad, [2, 4, 6])
        try s.backward()
        XCTAssertEqual(a.grad, [4, 8, 12])
        XCTAssertEqual(sq.grad, [1, 1, 1])
        a.zeroGrad()
        XCTAssertEqual(a.grad, [0, 0, 0])
        try s.backward()
        Tensor.zeroGrad(graphOf: s)
        XCTAssertEqual(a.grad, [0, 0, 0])
        XCTAssertEqual(sq.grad, [0, 0, 0])
    }

    func testBroadcastGradientsAreSummedBackToTheOperandShape() throws {
        let x = try Tensor([[1, 2, 3, 4], [5, 6, 7, 8]])
        let b = Tensor([0.1, 0.2, 0.3, 0.4], requiresGrad: true)
        let c = Tensor(shape: [], data: [2], requiresGrad: true)
        try ((x + b) * c).sum().backward()
        XCTAssertEqual(b.grad, [4, 4, 4, 4])
        XCTAssertEqual(try XCTUnwrap(c.grad)[0], 36 + 2, accuracy: 1e-12)
    }

    func testNoGraphWithoutRequiresGrad() throws {
        let a = Tensor([1, 2]), b = Tensor([3, 4])
        let c = try a * b + a
        XCTAssertTrue(c.isLeaf)
        XCTAssertTrue(c.parents.isEmpty)
        XCTAssertFalse(c.requiresGrad)
        XCTAssertThrowsError(try c.sum().backward()) { e in
            XCTAssertTrue("\(e)".contains("nothing to differentiate"), "\(e)")
        }
    }

    func testShapeErrorsNameTheOpAndBothShapes() throws {
        let a = try Tensor.zeros([100, 4]), b = try Tensor.zeros([3])
        XCTAssertThrowsError(try a + b) { e in
            XCTAssertEqual("\(e)", "+: shapes [100, 4] and [3] do not broadcast (dimension 4 against 3)")
        }
        XCTAssertThrowsError(try Tensor.matmul(try Tensor.zeros([100, 2]), try Tensor.zeros([4, 1]))) { e in
            XCTAssertEqual("\(e)", "matmul: shapes [100, 2] and [4, 1] do not chain (2 columns against 4 rows)")
        }
        XCTAssertThrowsError(try Tensor.mse(try Tensor.zeros([100, 1]), try Tensor.zeros([100]))) { e in
            XCTAssertTrue("\(e)".hasPrefix("mse: shapes [100, 1] and [100] differ"), "\(e)")
        }
        XCTAssertThrowsError(try a.reshaped([3, -1]))
        XCTAssertThrowsError(try a.reshaped([1 << 62, 1 << 62, -1]))
        XCTAssertThrowsError(try a.reshaped([1 << 62, 4]))
        XCTAssertEqual(try Tensor.zeros([0, 3]).reshaped([3, 0]).shape, [3, 0])
        XCTAssertThrowsError(try a.rows(90..<101))
        XCTAssertThrowsError(try a.row(-1))
        XCTAssertThrowsError(try a.element([0, 4]))
        XCTAssertThrowsError(try a.sum(axis: 2))
        XCTAssertThrowsError(try a.backward())
        XCTAssertThrowsError(try Tensor.crossEntropy(a, labels: [0]))
        XCTAssertThrowsError(try Tensor.crossEntropy(try Tensor.zeros([1, 4]), labels: [4]))
        XCTAssertThrowsError(try Tensor([[1, 2], [3]]))
        XCTAssertThrowsError(try Tensor.zeros([-1]))
        // Results larger than the memory budget are MemoryLimitErrors before anything is allocated,
        // not a killed process (80 GB here; the budget is at most half of this machine's memory).
        let column = try Tensor.zeros([100_000, 1]), row = try Tensor.zeros([1, 100_000])
        XCTAssertThrowsError(try column + row) { e in
            XCTAssertTrue(e is MemoryLimitError, "\(e)")
            XCTAssertTrue("\(e)".hasPrefix("+: a result of shape [100000, 100000] would need 74.5 GB more"), "\(e)")
        }
        XCTAssertThrowsError(try Tensor.matmul(column, row)) { e in
            XCTAssertTrue(e is MemoryLimitError && "\(e)".hasPrefix("matmul: a result of shape [100000, 100000]"), "\(e)")
        }
        XCTAssertThrowsError(try Tensor.zeros([1 << 40, 1 << 40])) { e in XCTAssertTrue(e is MemoryLimitError, "\(e)") }
    }

    func testMatmulMatchesTheDefinition() throws {
        let a = try Tensor.randn([7, 5], source: RandomSource(seed: 1))
        let b = try Tensor.randn([5, 3], source: RandomSource(seed: 2))
        let c = try Tensor.matmul(a, b)
        for i in 0..<7 {
            for j in 0..<3 {
                let expected = (0..<5).reduce(0.0) { $0 + a.data[i * 5 + $1] * b.data[$1 * 3 + j] }
                XCTAssertEqual(c.data[i * 3 + j], expected, accuracy: 1e-12)
            }
        }
        XCTAssertEqual(try Tensor.matmul(try Tensor.zeros([2, 0]), try Tensor.zeros([0, 3])).data, [0, 0, 0, 0, 0, 0])
    }

    /// The small-product loops (dot products for one column, four rows at once for k = 4; four
    /// columns in registers, unrolled for k = 1, 2, 4)
    /// against the definition, for every transpose, odd sizes and accumulation.
    func testSmallProductLoopsMatchTheDefinition() {
        let source = RandomSource(seed: 9)
        for (m, k, n) in [(1, 1, 1), (3, 7, 1), (5, 2, 4), (4, 9, 5), (6, 1, 9), (2, 13, 2), (7, 5, 8), (9, 4, 1), (6, 1, 4), (5, 4, 4), (3, 3, 4)] {
            for ta in [false, true] {
                for tb in [false, true] {
                    for accumulate in [false, true] {
                        let a = (0..<(m * k)).map { _ in source.normal() }, b = (0..<(k * n)).map { _ in source.normal() }
                        let start = (0..<(m * n)).map { _ in source.normal() }
                        var c = start
                        c.withUnsafeMutableBufferPointer { pc in
                            Tensor.smallGemm(m, n, k, a, ta, b, tb, pc.baseAddress!, accumulate)
                        }
                        for i in 0..<m {
                            for j in 0..<n {
                                var expected = accumulate ? start[i * n + j] : 0
                                for p in 0..<k { expected += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]) }
                                XCTAssertEqual(c[i * n + j], expected, accuracy: 1e-12, "\(m)×\(k)·\(k)×\(n) ta \(ta) tb \(tb)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Products above `smallProduct` go through BLAS (BLIS; with transposed operands in backward):
    /// the same values and gradients as the plain loop.
    func testBLASPathMatchesThePlainLoop() throws {
        let (m, k, n) = (40, 30, 20)
        XCTAssertGreaterThan(m * k * n, Tensor.smallProduct)
        let a = try Tensor.randn([m, k], requiresGrad: true, source: RandomSource(seed: 3))
        let b = try Tensor.randn([k, n], requiresGrad: true, source: RandomSource(seed: 4))
        let g = try Tensor.randn([m, n], source: RandomSource(seed: 5))
        try (Tensor.matmul(a, b) * g).sum().backward()
        func plain(_ x: [Double], _ y: [Double], _ m: Int, _ k: Int, _ n: Int, ta: Bool, tb: Bool) -> [Double] {
            var out = [Double](repeating: 0, count: m * n)
            out.withUnsafeMutableBufferPointer { c in
                x.withUnsafeBufferPointer { xa in y.withUnsafeBufferPointer { yb in
                    Tensor.smallGemm(m, n, k, xa.baseAddress!, ta, yb.baseAddress!, tb, c.baseAddress!, false)
                } }
            }
            return out
        }
        let c = try Tensor.matmul(a.detached(), b.detached())
        for (x, y) in zip(c.data, plain(a.data, b.data, m, k, n, ta: false, tb: false)) { XCTAssertEqual(x, y, accuracy: 1e-12) }
        for (x, y) in zip(try XCTUnwrap(a.grad), plain(g.data, b.data, m, n, k, ta: false, tb: true)) { XCTAssertEqual(x, y, accuracy: 1e-12) }
        for (x, y) in zip(try XCTUnwrap(b.grad), plain(a.data, g.data, k, m, n, ta: true, tb: false)) { XCTAssertEqual(x, y, accuracy: 1e-12) }
    }

    func testReductionsAndSoftmaxValues() throws {
        let t = try Tensor([[1, 5, 3], [4, 2, 6]])
        XCTAssertEqual(t.sum().data, [21])
        XCTAssertEqual(try t.sum(axis: 0).data, [5, 7, 9])
        XCTAssertEqual(try t.sum(axis: 1).shape, [2])
        XCTAssertEqual(try t.mean(axis: 1).data, [3, 4])
        XCTAssertEqual(try t.max(axis: 0).data, [4, 5, 6])
        XCTAssertEqual(try t.max().item(), 6)
        let s = try t.softmax()
        XCTAssertEqual(s.rows[0].reduce(0, +), 1, accuracy: 1e-12)
        let ls = try t.logSoftmax()
        for i in 0..<6 { XCTAssertEqual(Foundation.exp(ls.data[i]), s.data[i], accuracy: 1e-12) }
        XCTAssertEqual(try t.transposed().rows, [[1, 4], [5, 2], [3, 6]])
    }

    /// Transposes move every element to its place, in the 4×4 register blocks (n = 4), the paired
    /// rows (n = 2) and the element loops for the rows after the last block and for other widths.
    func testTransposesOfEveryShapeMatchTheDefinition() throws {
        for m in 2..<14 {
            for n in 2..<7 {
                let t = try Tensor((0..<(m * n)).map(Double.init), shape: [m, n])
                let u = try t.transposed()
                XCTAssertEqual(u.shape, [n, m])
                for i in 0..<m { for j in 0..<n { XCTAssertEqual(u.data[j * m + i], t.data[i * n + j], "\(m)×\(n) at \(i), \(j)") } }
            }
        }
    }

    func testFunctionalGradient() throws {
        let w = try Tensor([[1, 2], [3, 4]])
        let g = try gradient(at: [w]) { ws in (try ws[0] * ws[0]).sum() }
        XCTAssertEqual(g[0].data, [2, 4, 6, 8])
        XCTAssertEqual(g[0].shape, [2, 2])
        XCTAssertNil(w.grad)
    }

    func testRandnIsDrivenByTheSeed() throws {
        RandomSource.shared.seed(3)
        let a = try Tensor.randn([4, 2])
        RandomSource.shared.seed(3)
        let b = try Tensor.randn([4, 2])
        XCTAssertEqual(a.data, b.data)
        XCTAssertEqual(try Tensor.arange(4).data, [0, 1, 2, 3])
        XCTAssertEqual(try Tensor.ones([2]).data, [1, 1])
    }
}

/// The array exponential used by exp and sigmoid against libm.
final class FastExpTests: XCTestCase {
    func testMatchesLibmToAFewUlpAndHandlesTheEdges() {
        let r = RandomSource(seed: 9)
        var worst = 0.0
        for _ in 0..<100_000 {
            let x = r.uniform(in: -700...700)
            worst = Swift.max(worst, Swift.abs(FastExp.exp(x) - Foundation.exp(x)) / Foundation.exp(x))
        }
        for x in [0.0, 1, -1, 0.5, 1e-300, -1e-300, 709.7, -708.3, 88.7] {
            worst = Swift.max(worst, Swift.abs(FastExp.exp(x) - Foundation.exp(x)) / Foundation.exp(x))
        }
        XCTAssertLessThan(worst, 1e-15)
        // The array kernels in C (all vector widths run the same operations) equal this function bit for bit.
        var xs = stride(from: -750.0, through: 750.0, by: 0.37).map { $0 }
        xs += [0, -0.0, 1e-300, -1e-300, 709.78, 709.79, -708.39, -708.4, .infinity, -.infinity]
        let e = try Tensor(xs).exp().data, s = try Tensor(xs).sigmoid().data
        for (i, x) in xs.enumerated() {
            XCTAssertEqual(e[i].bitPattern, FastExp.exp(x).bitPattern, "exp(\(x))")
            XCTAssertEqual(s[i].bitPattern, (1 / (1 + FastExp.exp(-x))).bitPattern, "sigmoid(\(x))")
        }
        XCTAssertEqual(FastExp.exp(0), 1)
        XCTAssertEqual(FastExp.exp(800), .infinity)
        XCTAssertEqual(FastExp.exp(.infinity), .infinity)
        XCTAssertEqual(FastExp.exp(-800), 0)
        XCTAssertEqual(FastExp.exp(-745.1), 0, "libm gives a subnormal; flushed (documented)")
        XCTAssertEqual(FastExp.exp(-.infinity), 0)
        XCTAssertTrue(FastExp.exp(.nan).isNaN)
        XCTAssertEqual(Tensor([-1000, 0, 1000]).sigmoid().data, [0, 0.5, 1])
    }
}
