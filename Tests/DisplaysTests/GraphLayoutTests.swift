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
