import Autodiff
@testable import Displays
import MimeBundle
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

final class PlotTests: XCTestCase {
    /// Every plot bundle: the three mime types, a Vega-Lite v5 spec that is valid JSON, an SVG.
    func assertPlotBundle(_ plot: Plot, file: StaticString = #filePath, line: UInt = #line) throws {
        let bundle = plot.mimeBundle
        XCTAssertEqual(bundle.mimeTypes, ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"], file: file, line: line)
        let spec = try XCTUnwrap(bundle["application/vnd.vegalite.v5+json"], file: file, line: line)
        let reparsed = try XCTUnwrap(JSONValue.parse(spec.serialized), "spec is valid JSON", file: file, line: line)
        XCTAssertEqual(reparsed["$schema"], .string("https://vega.github.io/schema/vega-lite/v5.json"), file: file, line: line)
        let svg = try XCTUnwrap(bundle.text("image/svg+xml"), file: file, line: line)
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""), file: file, line: line)
        XCTAssertTrue(svg.hasSuffix("</svg>"), file: file, line: line)
        // The SVG is well-formed XML.
        XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse(), "SVG is well-formed XML", file: file, line: line)
        XCTAssertFalse(bundle.plainText.isEmpty, file: file, line: line)
    }

    func testLinePlot() throws {
        let ys = (0..<50).map { sin(Double($0) / 5) }
        let plot = Plot.line(ys, title: "sin")
        try assertPlotBundle(plot)
        Preview.save("line.svg", plot.svg)
        XCTAssertTrue(plot.summary.hasPrefix("Line plot 'sin': 50 points"), plot.summary)
        XCTAssertTrue(plot.svg.contains("<polyline"))
        XCTAssertEqual(plot.vegaLite["mark"]?["type"], .string("line"))
    }

    func testLineXY() throws {
        let x = stride(from: -2.0, through: 2.0, by: 0.1).map { $0 }
        let plot = Plot.line(x: x, y: x.map { $0 * $0 })
        try assertPlotBundle(plot)
        guard case let .array(values)? = plot.vegaLite["data"]?["values"] else { return XCTFail("no data values") }
        XCTAssertEqual(values.count, x.count)
    }

    func testScatterWithLabels() throws {
        RandomSource.shared.seed(3)
        let (X, y) = makeMoons(100, noise: 0.1)
        let plot = Plot.scatter(X, labels: y)
        try assertPlotBundle(plot)
        Preview.save("scatter.svg", plot.svg)
        XCTAssertTrue(plot.summary.contains("100 points, 2 classes (0: 50, 1: 50)"), plot.summary)
        XCTAssertEqual(plot.svg.components(separatedBy: "<circle").count - 1, 100 + 2, "points + legend dots")
    }

    func testLossCurveUsesLogScaleForBigDrops() throws {
        let history = (0..<200).map { 2.0 * exp(-Double($0) / 20) }
        let plot = Plot.lossCurve(history)
        try assertPlotBundle(plot)
        Preview.save("loss.svg", plot.svg)
        XCTAssertTrue(plot.summary.contains("200 epochs, loss 2 →"), plot.summary)
        XCTAssertTrue(plot.summary.contains("best"))
        XCTAssertEqual(plot.vegaLite["encoding"]?["y"]?["scale"]?["type"], .string("log"))
        XCTAssertTrue(plot.summary.contains("█"), "sparkline in the text")
        // One tick format on a log axis, the same ticks and labels in Vega-Lite and in the SVG.
        guard case let .array(values)? = plot.vegaLite["encoding"]?["y"]?["axis"]?["values"] else {
            return XCTFail("log axis without explicit tick values")
        }
        XCTAssertFalse(values.isEmpty)
        XCTAssertEqual(plot.vegaLite["encoding"]?["y"]?["axis"]?["labelExpr"], .string("'1e' + round(log(datum.value) / LN10)"))
        for case let .double(t) in values {
            XCTAssertEqual(t, pow(10, log10(t).rounded()), accuracy: t * 1e-9, "a power of ten")
            XCTAssertTrue(plot.svg.contains(">1e\(Int(log10(t).rounded()))</text>"), "SVG labels \(t) as 1eK")
        }
        XCTAssertFalse(plot.svg.contains(">0.01</text>"), "no decimal labels beside 1eK ones")
    }

    func testPlotsSurviveEmptyAndNonFiniteData() throws {
        try assertPlotBundle(Plot.line([]))
        try assertPlotBundle(Plot.line([1, .nan, 3, .infinity, 2]))
        try assertPlotBundle(Plot.lossCurve([.nan]))
        try assertPlotBundle(Plot.scatter([[1], [2, 3]], labels: nil))
        try assertPlotBundle(Plot.line([5]))
    }

    func testDecisionBoundaryOfTrainedMoonsModel() throws {
        RandomSource.shared.seed(1)
        let (X, y) = makeMoons(60, noise: 0.1)
        let model = MLP(2, [8, 8, 1])
        _ = train(model, X, y, epochs: 60, lr: 0.05, loss: .hinge)
        let plot = Plot.decisionBoundary(model, X, y)
        try assertPlotBundle(plot)
        Preview.save("boundary.svg", plot.svg)
        XCTAssertTrue(plot.summary.contains("training accuracy"), plot.summary)
        guard case let .array(layers)? = plot.vegaLite["layer"] else { return XCTFail("no layers") }
        XCTAssertEqual(layers.count, 2)
        guard case let .array(cells)? = layers[0]["data"]?["values"] else { return XCTFail("no cells") }
        // One row per run of equal neighbouring cells; together the runs cover the whole grid once.
        let n = Plot.boundaryResolution
        let covered = cells.map { cell -> Int in
            guard case let .int(start)? = cell["i"], case let .int(end)? = cell["end"] else { return 0 }
            return end - start
        }
        XCTAssertEqual(covered.reduce(0, +), n * n)
        XCTAssertLessThan(cells.count, n * n / 2, "neighbours merge")
        guard case let .array(transform)? = layers[0]["transform"] else { return XCTFail("no transform") }
        XCTAssertEqual(transform.compactMap { $0["as"] }, [.string("x0"), .string("x0end"), .string("x1"), .string("x1end")])
        XCTAssertLessThan(plot.svg.utf8.count + plot.vegaLite.serialized.utf8.count, 200_000)
        // The SVG's accuracy agrees with counting the model's own predictions.
        let classifier = Classifier(model, points: X, labels: y)
        let correct = X.indices.filter { classifier.predict(X[$0]).0 == y[$0] }.count
        XCTAssertTrue(plot.summary.contains("(\(correct)/60)"), plot.summary)
    }

    func testNiceTicks() {
        let scale = AxisScale(covering: [0.13, 0.87], pixels: (0, 100))
        XCTAssertEqual(scale.ticks, [0, 0.2, 0.4, 0.6, 0.8, 1.0].map { $0 }, accuracy: 1e-12)
    }
}

func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "\(a) vs \(b)", file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
