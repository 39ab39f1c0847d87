import Autodiff
import MimeBundle
@testable import Displays
import XCTest

/// Every HTML output reads under JupyterLab's dark theme: its outermost element sets both the text and
/// the background colour from the theme's CSS variables (light fallbacks), and no inner element pins an
/// opaque light background that the theme's light text would sit on.
final class ThemeTests: XCTestCase {
    func outputs() -> [(String, String)] {
        let s = Seed002()
        s.L.backward()
        let model = MLP(2, [3, 1])
        return [
            ("gradTable", GradTable(s.L).html),
            ("gradTable(model:)", GradTable(model: model).html),
            ("trace", BackwardTrace(s.L).html),
            ("check passed", CheckResult(passed: true, message: "ok").html),
            ("check failed", CheckResult(passed: false, message: "no").html),
            ("progress", ProgressBar(TrainProgress(epoch: 3, epochs: 10, loss: 0.5, elapsed: 1)).html),
            // The widgets' views and the newer outputs.
            ("quiz", GradientQuiz(s.L, expected: [("w", 42), ("b", 7), ("q", 1)]).html),
            ("stepper", html(BackwardStepper(s.L).view(at: 1))),
            ("control", ControlSnapshot(label: "w", kind: .slider(value: 2, min: -3, max: 3, step: 0.5, integer: false)).html),
            ("combined", html(CombinedOutput.bundle([MimeBundle(plain: "printed"), GradTable(s.L).mimeBundle]))),
            ("tensor trace", html(TensorTrace(tensorLoss()).mimeBundle)),
            ("tensor gradTable", html(TensorGradTable(tensorLoss()).mimeBundle)),
        ]
    }

    func html(_ bundle: MimeBundle) -> String {
        guard case let .string(html)? = bundle["text/html"] else { XCTFail("no text/html"); return "" }
        return html
    }

    func tensorLoss() -> Tensor {
        let W = try! Tensor([[0.5], [-0.5]], requiresGrad: true, label: "W")
        let X = try! Tensor([[1, 2], [3, 4]], label: "X")
        let L = try! X.matmul(W).sum()
        try! L.backward()
        return L
    }

    /// Text that carries meaning by colour alone reads on one theme only: verdict lines keep the theme's
    /// text colour (the mark and a tint carry right/wrong).
    func testQuizVerdictTextUsesTheThemeTextColour() {
        let s = Seed002()
        s.L.backward()
        let html = GradientQuiz(s.L, expected: [("w", 42), ("b", 7)]).html
        XCTAssertFalse(html.contains("<div style=\"color:#"), html)
        XCTAssertTrue(html.contains("✓</b>") && html.contains("✗</b>"), html)
    }

    func testOutermostElementSetsThemeTextAndBackground() {
        for (name, html) in outputs() {
            let firstTag = String(html.prefix { $0 != ">" })
            XCTAssertTrue(firstTag.contains("color:var(--jp-content-font-color1, "), "\(name): \(firstTag)")
            XCTAssertTrue(firstTag.contains("background:var(--jp-layout-color0, "), "\(name): \(firstTag)")
        }
    }

    func testNoTextOnOpaqueHardCodedBackgrounds() {
        for (name, html) in outputs() {
            var rest = html[...]
            while let hit = rest.range(of: #"background:\s*#"#, options: .regularExpression) {
                // Allowed only on an element without text (the progress bar's fill).
                let tagEnd = rest[hit.upperBound...].firstIndex(of: ">") ?? rest.endIndex
                let after = rest[tagEnd...].dropFirst()
                XCTAssertTrue(after.hasPrefix("</"), "\(name): text on a hard-coded background: \(rest[hit.lowerBound...].prefix(160))")
                rest = rest[tagEnd...]
            }
        }
    }
}
