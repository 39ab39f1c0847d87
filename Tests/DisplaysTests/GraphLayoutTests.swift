import Foundation
import Autodiff
@testable import Displays
import XCTest

/// Graphs fit a notebook's width (rankdir chosen by shape) and read in a terminal (text drawing).
final class GraphLayoutTests: XCTestCase {
    func testSmallGraphStaysLeftToRight() {
        let a = Value(2, label: "a")
        let y = a * 3 + 1
        XCTAssertEqual(ComputationGraph(y).options.rankdir, "LR")
    }

    func testSeedGraphWithGradsIsDrawnTopToBottom() throws {
        // Left to right it is 17 in wide (a 1280 px window's output area is about 10 in); top to bottom 9.
        let s = Seed002()
        s.L.backward()
        XCTAssertEqual(ComputationGraph(s.L).options.rankdir, "TB")
    }

    func testDeepChainIsDrawnTopToBottom() throws {
        var v = Value(0.5, label: "x")
        for k in 1...12 {
            v = (v * 1.5).tanh()
            v.label = "h\(k)"
        }
        let graph = ComputationGraph(v)
        XCTAssertEqual(graph.options.rankdir, "TB", "twelve levels left to right would be ~35 in wide")
        let tb = try XCTUnwrap(LayoutChoice.width(of: graph.dot))
        let lr = try XCTUnwrap(LayoutChoice.width(of: ComputationGraph(v, options: GraphOptions(rankdir: "LR")).dot))
        XCTAssertLessThan(tb, lr)
        XCTAssertEqual(ComputationGraph(v, options: GraphOptions(rankdir: "LR")).options.rankdir, "LR", "asked for: kept")
    }

    /// Lesson 6's network on a batch: X·P1 + c1, sigmoid, ·P2 + c2, sigmoid, cross-entropy — 20 nodes in
    /// a chain. Left to right it is 36 in wide (a third of its size in a notebook: unreadable).
    func testTensorNetworkOnABatchIsDrawnTopToBottomAtALegibleScale() throws {
        let X = try Tensor.ones([100, 2])
        let P1 = try Tensor.ones([2, 4], requiresGrad: true), c1 = try Tensor.zeros([4], requiresGrad: true)
        let P2 = try Tensor.ones([4, 1], requiresGrad: true), c2 = try Tensor.zeros([1], requiresGrad: true)
        let hidden = try (try Tensor.matmul(X, P1) + c1).sigmoid()
        let L = try Tensor.binaryCrossEntropy(try (try Tensor.matmul(hidden, P2) + c2).sigmoid(), try Tensor.zeros([100, 1]))
        try L.backward()
        let graph = TensorGraph(L)
        XCTAssertEqual(graph.rankdir, "TB")
        let width = try XCTUnwrap(LayoutChoice.width(of: graph.dot))
        XCTAssertLessThanOrEqual(width * LayoutChoice.minimumScale, LayoutChoice.outputWidth, "drawn at a legible scale")
        XCTAssertEqual(TensorGraph(L, rankdir: "LR").rankdir, "LR", "asked for: kept")
        let small = try Tensor.matmul(X, P1).sum()
        XCTAssertEqual(TensorGraph(small).rankdir, "LR", "a short chain stays left to right")
    }

    /// Every operation's name fits inside its node as Graphviz draws it (`dot -Tjson`: the label's text
    /// width against the node's width): `sigmoid` spilled over the fixed 0.45 in circle.
    func testOperationNamesFitTheirNodes() throws {
        let x = Value(0.5, label: "x")
        let ops: [(String, Value)] = [("sigmoid", x.sigmoid()), ("tanh", x.tanh()), ("relu", x.relu()), ("exp", x.exp()),
                                      ("**2", x ** 2), ("**-1", x ** -1), ("×", x * x)]
        for (name, y) in ops {
            let dot = ComputationGraph(y).dot
            guard case let .success(data) = Graphviz.render(dot: dot, format: "json") else { return XCTFail("dot -Tjson") }
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let objects = try XCTUnwrap(json["objects"] as? [[String: Any]])
            let op = try XCTUnwrap(objects.first { ($0["name"] as? String)?.hasSuffix("_op") == true }, name)
            let nodeWidth = try XCTUnwrap(Double(op["width"] as? String ?? "")) * 72
            let texts = (op["_ldraw_"] as? [[String: Any]] ?? []).filter { $0["op"] as? String == "T" }
            let label = try XCTUnwrap(texts.first, "\(name): no label drawn")
            XCTAssertEqual(label["text"] as? String, name)
            let textWidth = try XCTUnwrap(label["width"] as? Double)
            XCTAssertLessThanOrEqual(textWidth + 4, nodeWidth, "\(name): a \(textWidth) pt label in a \(nodeWidth) pt node")
        }
    }

    func testTextDrawingListsValuesOpsDataGradsAndEdges() {
        let s = Seed002()
        s.L.backward()
        let text = ComputationGraph(s.L).mimeBundle.plainText
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("Computation graph of L = 49"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("value"), lines[1])
        let row = { (name: String) in lines.first { $0.hasPrefix(name + " ") } ?? "" }
        XCTAssertEqual(row("z").split(separator: " ", omittingEmptySubsequences: true),
                       ["z", "w", "*", "x", "6", "14", "→", "h"])
        XCTAssertTrue(row("w").hasSuffix("→ z"), row("w"))
        XCTAssertTrue(row("L").contains("h ** 2") && row("L").hasSuffix("(output)"), row("L"))
        XCTAssertEqual(lines.count, 3 + 6, "summary, header, rule, six values")
    }

    func testLargeGraphsKeepTheOneLineSummary() {
        var v = Value(1, label: "x")
        for _ in 0..<60 { v = v + 1 }
        XCTAssertNil(ComputationGraph(v).textDrawing)
        XCTAssertFalse(ComputationGraph(v).mimeBundle.plainText.contains("\n"))
    }
}
