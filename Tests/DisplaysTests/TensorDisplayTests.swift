import XCTest
@testable import Autodiff
@testable import Displays

/// Graphs, gradient tables and traces of tensor graphs: shapes on nodes and edges, small tensors
/// by value and large ones by norm, the matrix chain rule per tensor, SVG from the real `dot`.
final class TensorDisplayTests: XCTestCase {
    /// Seed 001's layer on three examples: z = X·W + b, a = σ(z), L = mse(a, y).
    private func layer() throws -> (L: Tensor, W: Tensor, b: Tensor) {
        let X = try Tensor([[1, 2], [3, 4], [5, 6]], label: "X")
        let W = try Tensor([[0.5], [-0.5]], requiresGrad: true, label: "W")
        let b = Tensor([0.5], requiresGrad: true, label: "b")
        let xw = try Tensor.matmul(X, W)
        xw.label = "xw"
        let z = try xw + b
        z.label = "z"
        let a = z.sigmoid()
        a.label = "a"
        let L = try Tensor.mse(a, try Tensor([[0], [1], [0]], label: "y"))
        L.label = "L"
        return (L, W, b)
    }

    func testGraphShowsShapesOnNodesAndEdgesAndRendersWithDot() throws {
        let (L, _, _) = try layer()
        let before = TensorGraph(L, rankdir: "LR")   // records read name | shape | values left to right
        XCTAssertTrue(before.summary.hasSuffix("gradients not yet computed (run backward())"), before.summary)
        XCTAssertTrue(before.dot.contains("label=\"W | [2, 1] | [[0.5], [-0.5]] | grad ?\""), before.dot)
        try L.backward()
        let g = TensorGraph(L, rankdir: "LR")
        XCTAssertEqual(g.summary, "Computation graph of L (shape []): 8 tensors, 4 operations, gradients computed")
        XCTAssertTrue(g.dot.contains("label=\"X | [3, 2] | [[1, 2], [3, 4], [5, 6]]\""), "data: values, no grad field")
        XCTAssertTrue(g.dot.contains("n0 -> n2_op [label=\"[3, 2]\"]"), "edges carry the operand's shape")
        XCTAssertTrue(g.dot.contains("n1 -> n2_op [label=\"[2, 1]\"]"))
        XCTAssertTrue(g.dot.contains("label=\"@\""), "matmul drawn as @")
        XCTAssertTrue(g.dot.contains("dL/dW = Xᵀ · dL/dxw"), "tooltip carries the matrix rule")
        let bundle = g.mimeBundle
        XCTAssertEqual(bundle.mimeTypes.sorted(), ["image/svg+xml", "text/html", "text/plain", "text/vnd.graphviz"])
        let svg = try XCTUnwrap(bundle.text("image/svg+xml"))
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("<title>n2_op</title>"))
        XCTAssertTrue(svg.contains("[2, 1]"))
    }

    func testLargeTensorsShowTheirNorm() throws {
        let big = try Tensor.ones([10, 10], requiresGrad: true)
        big.label = "M"
        let s = big.sum()
        try s.backward()
        let graph = TensorGraph(s)
        // A no-break space after ‖: Graphviz's record parser drops a plain one there ("‖·‖10").
        XCTAssertTrue(graph.dot.contains("M | [10, 10] | ‖·‖\u{00A0}10 | grad ‖·‖\u{00A0}10"), graph.dot)
        let svg = try XCTUnwrap(graph.mimeBundle.text("image/svg+xml"))
        XCTAssertTrue(svg.contains(">‖·‖\u{00A0}10</text>"), "drawn with its space")
    }

    func testGradTableListsEachGradientWithItsShapeAndRule() throws {
        let (L, W, b) = try layer()
        try L.backward()
        let table = TensorGradTable(L)
        let text = table.plainText
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("Gradients of L = "), lines[0])
        let rows = lines.filter { !$0.hasPrefix("·") }.dropFirst(3).map { $0.split(separator: " ").first.map(String.init) ?? "" }
        XCTAssertEqual(rows, ["L", "a", "z", "b", "xw", "W"], "backward order, only tensors with gradients")
        let wRow = try XCTUnwrap(lines.first { $0.hasPrefix("W ") })
        let wGrad = try XCTUnwrap(W.grad)
        XCTAssertTrue(wRow.contains("[2, 1]"))
        XCTAssertTrue(wRow.contains("[[\(NumberFormat.short(wGrad[0]))], [\(NumberFormat.short(wGrad[1]))]]"), wRow)
        XCTAssertTrue(wRow.hasSuffix("dL/dW = Xᵀ · dL/dxw"), wRow)
        let bRow = try XCTUnwrap(lines.first { $0.hasPrefix("b ") })
        XCTAssertTrue(bRow.hasSuffix("dL/db = Σ↓ dL/dz"), "a broadcast bias sums its gradient: \(bRow)")
        XCTAssertTrue(bRow.contains(NumberFormat.short(try XCTUnwrap(b.grad)[0])))
        XCTAssertTrue(try XCTUnwrap(lines.first { $0.hasPrefix("z ") }).hasSuffix("dL/dz = dL/da ⊙ a(1 − a)"))
        XCTAssertTrue(text.contains("2 tensors without requiresGrad"))
        XCTAssertTrue(table.mimeBundle.text("text/html")?.contains("<table") ?? false)
    }

    func testTraceNarratesBackwardWithShapes() throws {
        let (L, _, _) = try layer()
        XCTAssertEqual(TensorTrace(L).lines, ["The backward pass has not run: call backward() on L, then trace it."])
        try L.backward()
        let lines = TensorTrace(L).lines
        XCTAssertEqual(lines.first, "Start: dL/dL = 1 (shape [])")
        XCTAssertEqual(lines[1], "Step 4 backward: L = mse(a, y)  []")
        XCTAssertTrue(lines.contains("Step 1 backward: xw = matmul(X, W)  [3, 1]"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("  dL/dW ← Xᵀ · dL/dxw  [2, 1] = [[") }, "\(lines)")
        XCTAssertTrue(lines.last!.hasPrefix("Result: dL/dW [2, 1] = "), lines.last!)
    }
}
