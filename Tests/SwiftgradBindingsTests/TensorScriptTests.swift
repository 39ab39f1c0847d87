import Foundation
import XCTest

/// `Tensor` from scripts: the names of issue 11, broadcasting with numbers on either side, reverse
/// mode with the scalar engine's user model, and shape errors as script errors.
final class TensorScriptTests: ScriptTestCase {
    func testConstructionAndProperties() throws {
        try s.run("""
            let A = Tensor([[1.0, 2.0], [3.0, 4.0]])
            let v = Tensor([1.0, 2.0, 3.0], requiresGrad: true)
            """)
        XCTAssertEqual(try s.text("A.shape"), "[2, 2]")
        XCTAssertEqual(try s.text("A.rows"), "[[1.0, 2.0], [3.0, 4.0]]")
        XCTAssertEqual(try s.text("A.T.rows"), "[[1.0, 3.0], [2.0, 4.0]]")
        XCTAssertEqual(try s.number("A[1, 0]"), 3)
        XCTAssertEqual(try s.text("A[1]"), "Tensor([3.0, 4.0])")
        XCTAssertEqual(try s.number("v[2]"), 3)
        XCTAssertEqual(try s.text("v"), "Tensor([1.0, 2.0, 3.0], requiresGrad: true)")
        XCTAssertEqual(try s.text("v.grad"), "nil")
        XCTAssertEqual(try s.number("A.sum().item"), 10)
        XCTAssertEqual(try s.text("Tensor.zeros([4]).rows"), "[[0.0, 0.0, 0.0, 0.0]]")
        XCTAssertEqual(try s.text("Tensor.ones([2, 1]).shape"), "[2, 1]")
        XCTAssertEqual(try s.text("Tensor.arange(3)"), "Tensor([0.0, 1.0, 2.0])")
        XCTAssertEqual(try s.text("A.reshaped([4]).shape"), "[4]")
        XCTAssertEqual(try s.text("A.reshaped([-1, 1]).shape"), "[4, 1]")
        try s.run("var B = Tensor([[1.0, 2.0]])\nB[0, 1] = 5.0")
        XCTAssertEqual(try s.number("B[0, 1]"), 5)
    }

    func testRandnFollowsSeedAndRowRangesSliceMiniBatches() throws {
        try s.run("seed(3)\nlet X = Tensor.randn([100, 2])\nseed(3)\nlet Y = Tensor.randn([100, 2])")
        XCTAssertTrue(try s.bool("X.rows == Y.rows"))
        XCTAssertEqual(try s.text("X[0..<32].shape"), "[32, 2]")
        XCTAssertEqual(try s.text("X[96...99].shape"), "[4, 2]")
        XCTAssertTrue(try s.bool("X[32..<64][0].data == X[32].data"))
        let xs = try s.numbers("X.data")
        let mean = xs.reduce(0, +) / Double(xs.count)
        XCTAssertEqual(mean, 0, accuracy: 0.2)
    }

    func testBroadcastingWithNumbersOnEitherSide() throws {
        try s.run("""
            let a = Tensor([[0.5, 0.25], [1.0, 2.0]])
            let M = Tensor.ones([100, 4])
            let b = Tensor([1.0, 2.0, 3.0, 4.0])
            """)
        XCTAssertEqual(try s.text("(1 - a).rows"), "[[0.5, 0.75], [0.0, -1.0]]")
        XCTAssertEqual(try s.text("(a * 2).rows"), "[[1.0, 0.5], [2.0, 4.0]]")
        XCTAssertEqual(try s.text("(0.5 * a).rows"), "[[0.25, 0.125], [0.5, 1.0]]")
        XCTAssertEqual(try s.text("(1 / a).rows"), "[[2.0, 4.0], [1.0, 0.5]]")
        XCTAssertEqual(try s.text("(-a).rows[0]"), "[-0.5, -0.25]")
        XCTAssertEqual(try s.text("(a ** 2).rows[1]"), "[1.0, 4.0]")
        XCTAssertEqual(try s.text("(M + b).shape"), "[100, 4]")
        XCTAssertEqual(try s.text("(M + b).rows[99]"), "[2.0, 3.0, 4.0, 5.0]")
        XCTAssertEqual(try s.text("(a + [10.0, 20.0]).rows[0]"), "[10.5, 20.25]")
    }

    func testFunctionsAndReductions() throws {
        try s.run("let t = Tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, 6.0]])")
        XCTAssertEqual(try s.text("relu(t).rows[0]"), "[1.0, 0.0, 3.0]")
        XCTAssertEqual(try s.text("t.abs().rows[1]"), "[4.0, 5.0, 6.0]")
        XCTAssertEqual(try s.number("sigmoid(t)[0, 0]"), 1 / (1 + exp(-1)), accuracy: 1e-15)
        XCTAssertEqual(try s.number("tanh(t)[1, 2]"), tanh(6), accuracy: 1e-15)
        XCTAssertEqual(try s.number("exp(t)[0, 2]"), exp(3), accuracy: 1e-12)
        XCTAssertEqual(try s.number("log(t.abs())[1, 0]"), log(4), accuracy: 1e-15)
        XCTAssertEqual(try s.text("t.sum(axis: 0).data"), "[-3.0, 3.0, 9.0]")
        XCTAssertEqual(try s.text("t.mean(axis: 1).data"), "[0.6666666666666666, 2.3333333333333335]")
        XCTAssertEqual(try s.text("t.max(axis: 1).data"), "[3.0, 6.0]")
        XCTAssertEqual(try s.number("t.max().item"), 6)
        XCTAssertEqual(try s.number("t.mean().item"), 1.5)
        XCTAssertEqual(try s.number("softmax(t).sum(axis: 1)[1]"), 1, accuracy: 1e-15)
        XCTAssertEqual(try s.number("exp(logSoftmax(t))[0, 1]"), try s.number("t.softmax()[0, 1]"), accuracy: 1e-15)
        XCTAssertEqual(try s.text("matmul(t, t.T).shape"), "[2, 2]")
        XCTAssertEqual(try s.number("t.matmul(t.T)[0, 0]"), 14)
    }

    func testLosses() throws {
        try s.run("""
            let p = Tensor([[0.9], [0.2]])
            let y = Tensor([[1.0], [0.0]])
            let logits = Tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
            """)
        XCTAssertEqual(try s.number("mse(p, y).item"), (0.01 + 0.04) / 2, accuracy: 1e-15)
        XCTAssertEqual(try s.number("mse(p, [1.0, 0.0]).item"), (0.01 + 0.04) / 2, accuracy: 1e-15)
        XCTAssertEqual(try s.number("binaryCrossEntropy(p, y).item"), -(log(0.9) + log(0.8)) / 2, accuracy: 1e-15)
        let row0 = -log(exp(2.0) / (exp(2.0) + exp(0.5) + exp(-1.0)))
        let row1 = -log(exp(3.0) / (exp(0.1) + exp(0.2) + exp(3.0)))
        XCTAssertEqual(try s.number("crossEntropy(logits, labels: [0, 2]).item"), (row0 + row1) / 2, accuracy: 1e-14)
        // The scalar losses are untouched.
        XCTAssertEqual(try s.number("mse([Value(1.0)], [3.0]).data"), 4)
    }

    func testBackwardGradZeroGradAndGradient() throws {
        try s.run("""
            let W = Tensor([[0.5, -1.0], [2.0, 0.0]], requiresGrad: true)
            let x = Tensor([[1.0, 2.0]])
            let L = (matmul(x, W) ** 2).sum()
            L.backward()
            """)
        // L = (0.5 + 4)² + (-1 + 0)² → dL/dW = xᵀ · 2(xW)
        XCTAssertEqual(try s.text("W.grad!.rows"), "[[9.0, -2.0], [18.0, -4.0]]")
        XCTAssertEqual(try s.text("x.grad"), "nil")
        try s.run("L.backward()")
        XCTAssertEqual(try s.text("W.grad!.rows"), "[[18.0, -4.0], [36.0, -8.0]]", "leaves accumulate")
        try s.run("W.zeroGrad()")
        XCTAssertEqual(try s.text("W.grad!.rows"), "[[0.0, 0.0], [0.0, 0.0]]")
        try s.run("L.backward()\nzeroGrad(L)")
        XCTAssertEqual(try s.text("W.grad!.rows[0]"), "[0.0, 0.0]")
        XCTAssertEqual(try s.text("gradient(at: Tensor([1.0, 2.0])) { v in (v * v).sum() }"), "Tensor([2.0, 4.0])")
        try s.run("let (gA, gB) = gradient(at: Tensor([[1.0, 2.0]]), Tensor([3.0, 4.0])) { a, b in (a * b).sum() }")
        XCTAssertEqual(try s.text("gA.rows"), "[[3.0, 4.0]]")
        XCTAssertEqual(try s.text("gB.data"), "[1.0, 2.0]")
        XCTAssertEqual(try s.number("valueWithGradient(at: Tensor([3.0])) { v in (v * v).sum() }.value"), 9)
        XCTAssertEqual(try s.number("gradient(at: 3.0) { x in x * x }"), 6, "the scalar gradient is untouched")
    }

    func testShapeErrorsAreScriptErrorsNamingOpAndShapes() throws {
        try s.run("let M = Tensor.zeros([100, 4])\nlet W = Tensor.zeros([2, 4])")
        let cases: [(String, String, String)] = [
            ("M + Tensor.zeros([3])", "ShapeMismatch", "+: shapes [100, 4] and [3] do not broadcast (dimension 4 against 3)"),
            ("matmul(M, W)", "ShapeMismatch", "matmul: shapes [100, 4] and [2, 4] do not chain (4 columns against 2 rows)"),
            ("mse(M, W)", "ShapeMismatch", "mse: shapes [100, 4] and [2, 4] differ (predictions and targets need the same shape; reshape one)"),
            ("M.reshaped([3, -1])", "InvalidArgument", "reshaped: cannot reshape [100, 4] (400 elements) to [3, -1]"),
            ("M[100]", "InvalidArgument", "subscript: index 100 is out of range for shape [100, 4]"),
            ("M[0..<101]", "InvalidArgument", "subscript: rows 0..<101 are out of range for shape [100, 4]"),
            ("M.sum(axis: 2)", "InvalidArgument", "sum: axis 2 is out of range for a 2-dimensional tensor"),
            ("M.backward()", "InvalidArgument", "backward: needs a one-element tensor (a loss), got shape [100, 4]; reduce it with sum() or mean() first"),
            ("Tensor([[1.0, 2.0], [3.0]])", "InvalidArgument", "Tensor: row 1 has 1 elements, row 0 has 2"),
            ("Tensor.zeros([-2])", "InvalidArgument", "zeros: negative dimension in shape [-2]"),
            ("M.item", "InvalidArgument", "item: needs a one-element tensor, got shape [100, 4]"),
            ("crossEntropy(W, labels: [0, 7])", "InvalidArgument", "crossEntropy: label 7 is not a class of 4 (0..<4)"),
            ("M ** M", "TypeMismatch", "** takes a Tensor and a number exponent, got Tensor ** Tensor"),
        ]
        for (source, kind, message) in cases {
            let e = try XCTUnwrap(s.error(source), source)
            XCTAssertEqual(e.kind, kind, source)
            XCTAssertEqual(e.message, message, source)
        }
        XCTAssertEqual(try s.text("M.shape"), "[100, 4]", "the session goes on with its state")
    }
}

/// `check` on tensors: shape first, then every element; the line shows the largest difference.
final class TensorCheckScriptTests: ScriptTestCase {
    func testCheckComparesShapesThenElements() throws {
        try s.run("""
            let A = Tensor([[1.0, 2.0], [3.0, 4.0]])
            check(A, [[1.0, 2.0], [3.0, 4.0]], "same")
            check(A, A + 1e-12, "close")
            check(A, Tensor([1.0, 2.0, 3.0, 4.0]), "shape")
            check(A, A * 1.5, "values")
            """)
        let lines = s.host.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "✓ same: [2, 2] equal",
            "✓ close: [2, 2] largest difference 1e-12",
            "✗ shape: got shape [2, 2], expected [4]",
            "✗ values: [2, 2] differ at [0, 0]: got 1.0, expected 1.5 (largest difference 2)",
        ])
        XCTAssertEqual(try s.text("checkSummary().failed"), "2")
    }
}
