import Autodiff
@testable import Displays
import Foundation
import XCTest

final class ComputationGraphTests: XCTestCase {
    func testSeed002GraphMatchesGoldenAfterBackward() {
        let s = Seed002()
        s.L.backward()
        let dot = ComputationGraph(s.L, options: GraphOptions(rankdir: "LR")).dot
        Golden.updateIfAsked("seed002.dot", dot)
        Preview.save("seed002.dot", dot)
        XCTAssertEqual(dot, Golden.read("seed002.dot"))
        XCTAssertTrue(dot.contains("{ w | data 2.0000 | grad 42.0000 }"))
        XCTAssertTrue(dot.contains("{ L | data 49.0000 | grad 1.0000 }"))
        XCTAssertTrue(dot.contains("dL/dw = dL/dz · dz/dw = 14 · 3 = 42"))
    }

    func testSumTimesGraphMatchesGoldenWithEdgeDerivatives() {
        let f = SumTimes()
        f.f.backward()
        let dot = ComputationGraph(f.f, options: GraphOptions(rankdir: "LR", edgeDerivatives: true)).dot
        Golden.updateIfAsked("sum_times.dot", dot)
        Preview.save("sum_times.dot", dot)
        XCTAssertEqual(dot, Golden.read("sum_times.dot"))
        XCTAssertTrue(dot.contains("{ v1 | data 3.0000 | grad -4.0000 }"), "unlabelled sum is named v1")
        XCTAssertTrue(dot.contains("label=\"df/dv1 = -4\""))
    }

    func testDOTIsDeterministicAcrossRebuilds() {
        XCTAssertEqual(ComputationGraph(Seed002().L).dot, ComputationGraph(Seed002().L).dot)
    }

    func testGradsShowAsNotYetComputedBeforeBackward() {
        let s = Seed002()
        let dot = ComputationGraph(s.L, options: GraphOptions(rankdir: "LR")).dot
        XCTAssertTrue(dot.contains("{ w | data 2.0000 | grad ? }"))
        XCTAssertFalse(dot.contains("grad 0.0000"))
        XCTAssertTrue(dot.contains("not yet computed"))
    }

    func testHideGradsAndTopToBottom() {
        let s = Seed002()
        s.L.backward()
        let dot = ComputationGraph(s.L, options: GraphOptions(rankdir: "TB", showGrads: false)).dot
        XCTAssertTrue(dot.contains("rankdir=TB"))
        XCTAssertTrue(dot.contains("label=\"w | data 2.0000\""))
        XCTAssertFalse(dot.contains("grad 42"))
    }

    func testHighlightMarksOnlyThePathFromTheInput() {
        let s = Seed002()
        s.L.backward()
        let dot = ComputationGraph(s.L, options: GraphOptions(highlight: s.b)).dot
        let lines = dot.split(separator: "\n")
        func line(_ prefix: String) -> String { String(lines.first { $0.hasPrefix("  \(prefix) [") } ?? "") }
        // Traversal order: w n0, x n1, z n2, b n3, h n4, L n5.
        XCTAssertTrue(line("n3").contains("penwidth=3"), "b is highlighted")
        XCTAssertTrue(line("n4").contains("penwidth=3"), "h depends on b")
        XCTAssertTrue(line("n5").contains("penwidth=3"), "L depends on b")
        XCTAssertFalse(line("n0").contains("penwidth"), "w is not on b's path")
        XCTAssertFalse(line("n2").contains("penwidth"), "z is not on b's path")
    }

    func testRolesAreColouredApart() {
        let s = Seed002()
        let dot = ComputationGraph(s.L).dot
        XCTAssertTrue(dot.contains("n0 [shape=record, style=\"filled\", fillcolor=\"\(GraphStyle.parameterFill)\""))
        XCTAssertTrue(dot.contains("n1 [shape=record, style=\"filled\", fillcolor=\"\(GraphStyle.inputFill)\""))
        XCTAssertTrue(dot.contains("n5 [shape=record, style=\"filled\", fillcolor=\"\(GraphStyle.outputFill)\""))
    }

    func testLabelsWithRecordCharactersAreEscaped() {
        let a = Value(1, label: "a|b{c}")
        let out = a * 2
        let dot = ComputationGraph(out).dot
        XCTAssertTrue(dot.contains("a\\|b\\{c\\}"))
        if case let .success(svg) = Graphviz.renderSVG(dot: dot) { XCTAssertTrue(svg.contains("<svg")) }
    }

    func testSVGIsRenderedByRealDot() throws {
        let s = Seed002()
        s.L.backward()
        let bundle = ComputationGraph(s.L, options: GraphOptions(edgeDerivatives: true)).mimeBundle
        XCTAssertEqual(bundle.mimeTypes.sorted(), ["image/svg+xml", "text/html", "text/plain", "text/vnd.graphviz"])
        let svg = try XCTUnwrap(bundle.text("image/svg+xml"))
        Preview.save("seed002.svg", svg)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("<title>n0</title>"))
        XCTAssertTrue(svg.contains("<title>n5_op</title>"))
        XCTAssertTrue(svg.contains("dL/dw = dL/dz · dz/dw = 14 · 3 = 42"), "tooltip carries the chain rule")
        XCTAssertTrue(bundle.plainText.contains("Computation graph of L = 49"))
    }

    func testBrokenDOTGivesHintAndSourceInsteadOfCrashing() {
        let result = Graphviz.renderSVG(dot: "digraph { this is not dot ")
        guard case let .failure(error) = result else { return XCTFail("dot accepted broken input") }
        XCTAssertTrue(error.hint.contains("showing the DOT source"))
        let bundle = GraphBundle.make(dot: "digraph { broken", summary: "a graph")
        XCTAssertNil(bundle["image/svg+xml"])
        XCTAssertTrue(bundle.plainText.contains("digraph { broken"))
        XCTAssertTrue(bundle.plainText.contains("Graphviz failed"))
    }

    func testRenderingTimesOut() {
        // A graph big enough that dot cannot lay it out in 50 ms.
        var dot = "digraph { "
        for i in 0..<3000 { dot += "a\(i) -> a\((i * 7919) % 3000); " }
        dot += "}"
        guard case let .failure(error) = Graphviz.renderSVG(dot: dot, timeout: 0.05) else {
            return XCTFail("dot finished a 3000-node layout in 50 ms")
        }
        XCTAssertEqual(error, .timedOut(seconds: 0.05))
    }

    func testBigMLPGraphCollapsesIntoNeuronBoxes() {
        RandomSource.shared.seed(1)
        let model = MLP(2, [16, 16, 1])
        let outputs = model([0.5, -1.0])
        let loss = outputs[0] * outputs[0]
        loss.backward()
        let graph = ComputationGraph(loss)
        Preview.save("mlp_collapsed.dot", graph.dot)
        XCTAssertTrue(graph.dot.contains("subgraph cluster_"))
        XCTAssertTrue(graph.dot.contains("layer 1 · neuron 16"))
        XCTAssertTrue(graph.summary.contains("collapsed into 33 neuron boxes"), graph.summary)
        if case let .success(svg) = Graphviz.renderSVG(dot: graph.dot) { Preview.save("mlp_collapsed.svg", svg) }
    }

    func testHundredThousandNodeGraphProducesDOT() {
        var v = Value(0.5, label: "x")
        for k in 0..<50_000 { v = (k % 2 == 0) ? v * 1.0001 : v + 0.001 }
        let started = Date()
        let full = ComputationGraph(v, options: GraphOptions(nodeBudget: Int.max)).dot
        // Reported, not asserted: speed is measured, not unit-tested.
        print("100k-node DOT: \(full.utf8.count) bytes in \(Date().timeIntervalSince(started)) s")
        XCTAssertEqual(full.components(separatedBy: "_op [").count - 1, 50_000)
        let collapsed = ComputationGraph(v)
        XCTAssertTrue(collapsed.summary.contains("100,001 values"), collapsed.summary)
    }

    func testArchitectureGraphForMLP() throws {
        let model = MLP(2, [16, 16, 1])
        let graph = ArchitectureGraph(model)
        XCTAssertTrue(graph.dot.contains("layer 1 · relu"))
        XCTAssertTrue(graph.dot.contains("+9"), "16 neurons show 7 and a +9 node")
        XCTAssertTrue(graph.dot.contains("output · linear"))
        let svg = try XCTUnwrap(graph.mimeBundle.text("image/svg+xml"))
        Preview.save("architecture.svg", svg)
        XCTAssertTrue(svg.contains("<svg"))
    }
}
