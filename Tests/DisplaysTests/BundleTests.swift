import Autodiff
@testable import Displays
import XCTest

final class BundleTests: XCTestCase {
    func testProgressBarTextAndHTML() {
        let bar = ProgressBar(TrainProgress(epoch: 30, epochs: 100, loss: 0.25, elapsed: 0.025))
        XCTAssertEqual(bar.plainText, "[#########.....................]  30%  epoch 30/100 · loss 0.25 · 1200 epochs/s")
        XCTAssertTrue(bar.html.contains("width:30%"))
        XCTAssertEqual(bar.mimeBundle.mimeTypes, ["text/plain", "text/html"])
        let done = ProgressBar(TrainProgress(epoch: 100, epochs: 100, loss: 0.01, elapsed: 2))
        XCTAssertTrue(done.plainText.contains("100%"))
        XCTAssertTrue(done.plainText.hasSuffix("epoch 100/100 · loss 0.01 · done"), "no timings: reads the same every run")
        XCTAssertTrue(done.html.contains("done in 2 s"))
    }

    func testProgressBarWithZeroEpochsDoesNotCrash() {
        XCTAssertTrue(ProgressBar(TrainProgress(epoch: 0, epochs: 0, loss: .nan, elapsed: 0)).plainText.contains("0%"))
    }

    func testCheckResult() {
        let ok = CheckResult(passed: true, message: "dL/dw = 42")
        XCTAssertEqual(ok.mimeBundle.plainText, "✓ dL/dw = 42")
        XCTAssertTrue(ok.html.contains(HTMLTheme.success))
        let bad = CheckResult(passed: false, message: "expected <42>")
        XCTAssertEqual(bad.plainText, "✗ expected <42>")
        XCTAssertTrue(bad.html.contains(HTMLTheme.failure))
        XCTAssertTrue(bad.html.contains("expected &lt;42&gt;"))
        // LaTeX/PDF export: no glyphs the default fonts lack.
        XCTAssertEqual(ok.latex, "$\\checkmark$ dL/dw = 42")
        XCTAssertEqual(CheckResult(passed: false, message: "50% of w_1 ≈ {2}").latex,
                       "$\\times$ 50\\% of w\\_1 $\\approx$ \\{2\\}")
        XCTAssertNotNil(ok.mimeBundle["text/latex"])
    }

    func testHTMLAndMarkdownHelpers() {
        let h = html("<p>Hello <b>chain</b> &amp; rule</p><p>second</p>")
        XCTAssertEqual(h.plainText, "Hello chain & rule\nsecond")
        XCTAssertEqual(h.mimeTypes, ["text/plain", "text/html"])
        let m = markdown("# Title")
        XCTAssertEqual(m.mimeTypes, ["text/plain", "text/markdown"])
        XCTAssertEqual(m.plainText, "# Title")
    }

    func testNumberFormats() {
        XCTAssertEqual(NumberFormat.fixed4(2), "2.0000")
        XCTAssertEqual(NumberFormat.fixed4(-0.3), "-0.3000")
        XCTAssertEqual(NumberFormat.fixed4(-0.00001), "0.0000")
        XCTAssertEqual(NumberFormat.short(42), "42")
        XCTAssertEqual(NumberFormat.short(0.78), "0.78")
        XCTAssertEqual(NumberFormat.short(-2.6000000000000005), "-2.6")
        XCTAssertEqual(NumberFormat.short(1.5e-7), "1.5e-07")
        XCTAssertEqual(NumberFormat.short(.nan), "nan")
        XCTAssertEqual(NumberFormat.count(100_001), "100,001")
    }
}
