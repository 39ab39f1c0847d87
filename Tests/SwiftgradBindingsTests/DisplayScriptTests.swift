import MimeBundle
import XCTest

/// Displays made by scripts: graphs, gradient tables, traces, plots, rich text, and the display
/// plumbing (`display` with an id and updates, `clearOutput`).
final class DisplayScriptTests: ScriptTestCase {

    let seed002 = """
        let w = Value(2.0, label: "w")
        let x = Value(3.0, label: "x")
        let b = Value(1.0, label: "b")
        let L = (w * x + b) ** 2
        """

    func testGraphBundleAndDot() throws {
        try s.run(seed002 + "\nL.backward()")
        let bundle = try XCTUnwrap(try s.run("graph(L)"))
        XCTAssertEqual(Set(bundle.mimeTypes), ["text/vnd.graphviz", "image/svg+xml", "text/html", "text/plain"])
        guard case let .string(inline) = bundle["text/html"] else { return XCTFail("no HTML") }
        XCTAssertFalse(inline.contains("<?xml"), "SVG inlined in HTML has no XML prolog")
        XCTAssertTrue(inline.contains("<svg style=\"max-width:100%;height:auto\""), "inline SVG scales to the output width")
        guard case let .string(svg) = bundle["image/svg+xml"] else { return XCTFail("no SVG") }
        XCTAssertTrue(svg.contains("<svg"), "Graphviz's dot drew it")
        XCTAssertTrue(svg.contains("<svg style=\"max-width:100%;height:auto\""), "a wide graph fits the output's width")
        XCTAssertTrue(svg.contains("viewBox="), "scaling keeps the proportions")
        let dot = try s.string("graph(L).dot")
        XCTAssertTrue(dot.hasPrefix("digraph"))
        XCTAssertTrue(dot.contains("rankdir=TB"), "auto: 17 in wide left to right, so top to bottom")
        XCTAssertTrue(dot.contains("label=\"w | data 2.0000 | grad 42.0000\""), dot)
        XCTAssertEqual(bundle["text/vnd.graphviz"], .string(dot), "the bundle carries the same DOT")
        XCTAssertEqual(try s.string("graph(L).dot"), dot, "DOT is deterministic")
        let lr = try s.string("graph(L, rankdir: \"LR\").dot")
        XCTAssertTrue(lr.contains("rankdir=LR") && lr.contains("{ b | data 1.0000 | grad 14.0000 }"), lr)
    }

    func testGraphBeforeBackwardShowsGradsAsNotComputed() throws {
        try s.run(seed002)
        let dot = try s.string("graph(L).dot")
        XCTAssertTrue(dot.contains("grad ?"), dot)
        XCTAssertFalse(dot.contains("grad 0.0000"), "not a misleading 0")
        let constant = try s.string("graph(w * 3).dot")
        XCTAssertTrue(constant.contains("{ 3 | data 3.0000 | grad ? }"), "a constant is named by its value:\n\(constant)")
        XCTAssertTrue(constant.contains("= w * 3"), constant)
    }

    func testGraphOfAModelIsItsArchitecture() throws {
        let dot = try s.string("graph(MLP(2, [3, 1])).dot")
        XCTAssertTrue(dot.hasPrefix("digraph"))
        XCTAssertNotNil(s.error("graph(42)"))
    }

    func testGradTableForSeed002() throws {
        try s.run(seed002 + "\nL.backward()")
        let bundle = try XCTUnwrap(try s.run("gradTable(L)"))
        XCTAssertEqual(Set(bundle.mimeTypes), ["text/plain", "text/html", "text/markdown"])
        let text = bundle.plainText
        let wRow = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("w ") })
        XCTAssertTrue(wRow.contains("42"), String(wRow))
        XCTAssertTrue(text.contains("= 14 · 3 = 42"), text)
        XCTAssertTrue(try s.string("gradTable(MLP(2, [2, 1]))").contains("w"), "a model's table lists parameters")
    }

    func testTraceNarratesBackward() throws {
        try s.run(seed002 + "\nL.backward()")
        let bundle = try XCTUnwrap(try s.run("trace(L)"))
        XCTAssertNotNil(bundle["text/html"])
        let text = bundle.plainText
        XCTAssertTrue(text.contains("14 × 3 = 42"), text)
        XCTAssertTrue(text.contains("14 × 2 = 28"), text)
    }

    func testPlotsCarryVegaLiteSvgAndText() throws {
        try s.run("seed(1)\nlet (X, y) = makeMoons(30)\nlet model = MLP(2, [4, 1])")
        let plots = ["plot([1.0, 3.0, 2.0])", "plot(x: [0.0, 1.0], y: [2.0, 4.0], title: \"t\")",
                     "scatter(X, labels: y)", "lossCurve([1.0, 0.5, 0.25])", "decisionBoundary(model, X, y)"]
        for call in plots {
            let bundle = try XCTUnwrap(try s.run(call), call)
            XCTAssertEqual(Set(bundle.mimeTypes), ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"], call)
            XCTAssertFalse(bundle.plainText.isEmpty, call)
        }
        XCTAssertTrue(try s.string("lossCurve([1.0, 0.5, 0.25])").contains("3 epochs"))
        XCTAssertTrue(try s.string("scatter(X, labels: y)").contains("30 points"))
        XCTAssertNotNil(s.error("plot(x: [1.0], y: [1.0, 2.0])"))
    }

    func testDisplayWithIdAndUpdate() throws {
        try s.run("""
            display(gradTable(Value(1.0) * 2))
            display("step 1", id: "progress")
            display("step 2", id: "progress", update: true)
            """)
        let d = s.host.displays
        XCTAssertEqual(d.count, 3)
        XCTAssertNil(d[0].id)
        XCTAssertNotNil(d[0].bundle["text/markdown"], "display sends the whole bundle")
        XCTAssertEqual(d[1].id, "progress")
        XCTAssertFalse(d[1].update)
        XCTAssertEqual(d[2].id, "progress")
        XCTAssertTrue(d[2].update)
        XCTAssertTrue(d[2].bundle.plainText.contains("step 2"))
    }

    func testClearOutput() throws {
        try s.run("print(\"soon gone\")\nclearOutput(wait: true)\nclearOutput()")
        XCTAssertEqual(s.host.events.last, .clear(wait: false))
        XCTAssertEqual(s.host.events.dropLast().last, .clear(wait: true))
    }

    func testHtmlAndMarkdown() throws {
        let h = try XCTUnwrap(try s.run("html(\"<b>bold</b> text\")"))
        XCTAssertEqual(h["text/html"], .string("<b>bold</b> text"))
        XCTAssertEqual(h.plainText, "bold text")
        let m = try XCTUnwrap(try s.run("markdown(\"**dL/dw** = 42\")"))
        XCTAssertEqual(m["text/markdown"], .string("**dL/dw** = 42"))
        XCTAssertEqual(m.plainText, "**dL/dw** = 42")
    }

    func testPlotAxisLabels() throws {
        let bundle = try XCTUnwrap(try s.run("plot(x: [0.0, 1.0], y: [1.0, 3.0], xLabel: \"log10 h\", yLabel: \"error.max\")"))
        let spec = try XCTUnwrap(bundle["application/vnd.vegalite.v5+json"])
        XCTAssertEqual(spec["encoding"]?["x"]?["field"], .string("log10 h"))
        XCTAssertEqual(spec["encoding"]?["y"]?["field"], .string("error\\.max"), "a dot is escaped (not nested access)")
        guard case let .array(rows)? = spec["data"]?["values"] else { return XCTFail("no data") }
        XCTAssertEqual(rows.first?["error.max"], .double(1))
        guard case let .string(svg)? = bundle["image/svg+xml"] else { return XCTFail("no SVG") }
        XCTAssertTrue(svg.contains(">log10 h<") && svg.contains(">error.max<"))
        let byIndex = try XCTUnwrap(try s.run("plot([3.0, 1.0], yLabel: \"loss\")"))
        XCTAssertEqual(byIndex["application/vnd.vegalite.v5+json"]?["encoding"]?["y"]?["field"], .string("loss"))
    }

    func testPlotOfNamedSeries() throws {
        let bundle = try XCTUnwrap(try s.run("""
            plot(x: [1.0, 2.0, 4.0], series: ["forward": [1.0, 2.0, 4.0], "reverse": [1.0, 1.0, 1.0]],
                 title: "passes", xLabel: "inputs", yLabel: "passes")
            """))
        XCTAssertEqual(bundle.plainText, """
            Line plot 'passes': 2 series, passes against inputs
              forward: 3 points, from 1 to 4, last 4 ▁▃█
              reverse: 3 points, from 1 to 1, last 1 ▅▅▅
            """)
        let spec = try XCTUnwrap(bundle["application/vnd.vegalite.v5+json"])
        XCTAssertEqual(spec["encoding"]?["color"]?["scale"]?["domain"], .array([.string("forward"), .string("reverse")]))
        guard case let .array(rows)? = spec["data"]?["values"] else { return XCTFail("no data") }
        XCTAssertEqual(rows.count, 6)
        guard case let .string(svg)? = bundle["image/svg+xml"] else { return XCTFail("no SVG") }
        XCTAssertEqual(svg.components(separatedBy: "<polyline").count - 1, 2, "one line per series")
        XCTAssertTrue(svg.contains(">forward<") && svg.contains(">reverse<"), "a legend")
        let tuples = try s.string("plot(x: [0.0, 1.0], series: [(\"a\", [1.0, 2.0]), (\"b\", [2.0, 1.0])])")
        XCTAssertTrue(tuples.hasPrefix("Line plot: 2 series"), tuples)
        XCTAssertNotNil(s.error("plot(x: [0.0], series: [String: [Double]]())"))
    }

    func testGradTableOfABigModelSummarisesLayersFirstAndListsSomeParameters() throws {
        try s.run("""
            seed(1)
            let big = MLP(2, [16, 16, 1])
            let out = big([0.5, -0.5])
            out.backward()
            """)
        let bundle = try XCTUnwrap(try s.run("gradTable(big)"))
        let text = bundle.plainText
        let perLayer = try XCTUnwrap(text.range(of: "Per layer")), parameters = try XCTUnwrap(text.range(of: "Parameters"))
        XCTAssertLessThan(perLayer.lowerBound, parameters.lowerBound, "the summary comes first")
        XCTAssertTrue(text.contains("297 more parameters not listed"), text)   // 337 − 40
        guard case let .string(html)? = bundle["text/html"] else { return XCTFail("no HTML") }
        XCTAssertLessThan(html.utf8.count, 60_000)
    }

    func testLongPlotTitlesFitThePicture() throws {
        func svg(_ call: String) throws -> String {
            guard case let .string(svg)? = try s.run(call)?["image/svg+xml"] else { XCTFail("no SVG: \(call)"); return "" }
            return svg
        }
        let short = try svg("scatter([[1.0, 2.0]], title: \"moons\")")
        XCTAssertTrue(short.contains("font-size=\"21\" font-weight=\"bold\" fill=\"#111\">moons<"), "a short title keeps its size")
        let long = try svg("scatter([[1.0, 2.0]], title: \"passes for the full gradient (0 = forward mode, 1 = reverse mode)\")")
        XCTAssertNotNil(long.range(of: "font-size=\"1[3-9][.0-9]*\" font-weight=\"bold\"", options: .regularExpression),
                        "a long title is set smaller")
        XCTAssertFalse(long.contains("textLength"), "but not squeezed")
        let huge = try svg("plot([1.0, 2.0], title: \"\(String(repeating: "a very long title ", count: 10))\")")
        XCTAssertTrue(huge.contains("textLength=\"614\""), "the longest titles are squeezed to the frame's width")
    }
}
