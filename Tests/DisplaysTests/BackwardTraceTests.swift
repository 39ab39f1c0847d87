import Autodiff
@testable import Displays
import XCTest

final class BackwardTraceTests: XCTestCase {
    func testSeed002TraceReadsLikeTheLesson() {
        let s = Seed002()
        s.L.backward()
        let trace = BackwardTrace(s.L)
        Preview.save("trace_seed002.html", "<html><body>\(trace.html)</body></html>")
        let expected = """
        Start: dL/dL = 1
        Step 3 backward: L = h ** 2
          dL/dh = 2·h = 14
        Step 2 backward: h = z + b
          dL/dz = dL/dh · 1 = 14 × 1 = 14
          dL/db = dL/dh · 1 = 14 × 1 = 14
        Step 1 backward: z = w * x
          dL/dw = dL/dz · x = 14 × 3 = 42
          dL/dx = dL/dz · w = 14 × 2 = 28
        Result: dL/dw = 42, dL/dx = 28, dL/db = 14
        """
        XCTAssertEqual(trace.plainText, expected)
    }

    func testTraceBeforeBackwardSaysWhatBackwardWillDo() {
        let s = Seed002()
        let text = BackwardTrace(s.L).plainText
        XCTAssertTrue(text.contains("dL/dw = dL/dz · x = 14 × 3 = 42"))
        XCTAssertTrue(text.contains("backward() has not run yet"))
        XCTAssertFalse(s.w.gradComputed, "the trace does not change the graph")
    }

    func testReluExampleFromSeed002() {
        let x = Value(2, label: "x"), y = 1.0
        let w1 = Value(0.5, label: "w1", role: .parameter), w2 = Value(-0.3, label: "w2", role: .parameter)
        let z1 = w1 * x; z1.label = "z1"
        let a1 = z1.relu(); a1.label = "a1"
        let z2 = w2 * a1; z2.label = "z2"
        let d = z2 - y; d.label = "d"
        let L = d ** 2; L.label = "L"
        let text = BackwardTrace(L).plainText
        XCTAssertTrue(text.contains("dL/dd = 2·d = -2.6"), text)
        XCTAssertTrue(text.contains("dL/dw2 = dL/dz2 · a1 = -2.6 × 1 = -2.6"), text)
        XCTAssertTrue(text.contains("dL/da1 = dL/dz2 · w2 = -2.6 × -0.3 = 0.78"), text)
        XCTAssertTrue(text.contains("dL/dz1 = dL/da1 · (z1 > 0 ? 1 : 0) = 0.78 × 1 = 0.78"), text)
        XCTAssertTrue(text.contains("dL/dw1 = dL/dz1 · x = 0.78 × 2 = 1.56"), text)
    }

    func testAccumulationIsNarrated() {
        let a = Value(3, label: "a")
        let b = a * a
        b.label = "b"
        let text = BackwardTrace(b).plainText
        XCTAssertTrue(text.contains("db/da = a = 3\n  db/da += a = 3  (total 6)"), text)
    }

    func testHTMLIsAList() {
        let s = Seed002()
        let bundle = BackwardTrace(s.L).mimeBundle
        XCTAssertEqual(bundle.mimeTypes, ["text/plain", "text/html"])
        XCTAssertTrue(bundle.text("text/html")?.contains("<b>Step 3 backward:</b>") ?? false)
    }
}
