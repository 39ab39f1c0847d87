import Foundation
import XCTest

/// The functional API from scripts: `gradient(at:)`, `valueWithGradient`, forward mode
/// (`derivative`, `jvp`, `Dual`) and `gradcheck`.
final class FunctionalScriptTests: ScriptTestCase {

    func testGradientAtOnePoint() throws {
        XCTAssertEqual(try s.number("gradient(at: 3) { x in x * x }"), 6)
        XCTAssertEqual(try s.number("gradient(at: 0.5, of: { x in tanh(x) })"), 1 - tanh(0.5) * tanh(0.5), accuracy: 1e-12)
    }

    func testGradientAtSeveralPointsIsATuple() throws {
        try s.run("let g = gradient(at: 2, 3) { x, y in x * y + y }")
        XCTAssertEqual(try s.number("g.0"), 3)
        XCTAssertEqual(try s.number("g.1"), 3)
        try s.run("let (gx, gy) = gradient(at: 1.0, 2.0) { x, y in x * x * y }")
        XCTAssertEqual(try s.numbers("[gx, gy]"), [4, 1])
        XCTAssertEqual(try s.numbers("gradient(at: [2.0, 3.0]) { v in v[0] * v[1] }"), [3, 2], "an array point gives an array")
    }

    func testValueWithGradient() throws {
        try s.run("let r = valueWithGradient(at: 3) { x in x * x * x }")
        XCTAssertEqual(try s.number("r.value"), 27)
        XCTAssertEqual(try s.number("r.gradient"), 27)
        try s.run("let t = valueWithGradient(at: 2, 5) { a, b in a * b }")
        XCTAssertEqual(try s.number("t.value"), 10)
        XCTAssertEqual(try s.numbers("t.gradient"), [5, 2])
    }

    func testForwardModeDerivativeAndJvp() throws {
        XCTAssertEqual(try s.number("derivative(at: 3) { x in x * x * x }"), 27)
        XCTAssertEqual(try s.number("derivative(at: 0.3) { x in sin(x) * exp(x) }"),
                       cos(0.3) * exp(0.3) + sin(0.3) * exp(0.3), accuracy: 1e-12)
        try s.run("let j = jvp(at: [1.0, 2.0], direction: [1.0, 0.0]) { v in v[0] * v[1] + v[1] }")
        XCTAssertEqual(try s.number("j.value"), 4)
        XCTAssertEqual(try s.number("j.derivative"), 2, "∂/∂x of x·y + y at (1, 2)")
        try s.run("let j2 = jvp(at: [1.0, 2.0], direction: [0.0, 1.0]) { v in v[0] * v[1] + v[1] }")
        XCTAssertEqual(try s.number("j2.derivative"), 2, "∂/∂y = x + 1")
        try s.run("let d = Dual(2.0, derivative: 1.0) * Dual(3.0)")
        XCTAssertEqual(try s.numbers("[d.value, d.derivative]"), [6, 3])
    }

    func testForwardAndReverseModeAgree() throws {
        try s.run("""
            func f(_ x: Value) -> Value { x * x * tanh(x) }
            let reverse = gradient(at: 0.8) { x in f(x) }
            let forward = derivative(at: 0.8) { x in x * x * tanh(x) }
            """)
        XCTAssertEqual(try s.number("reverse"), try s.number("forward"), accuracy: 1e-12)
    }

    func testGradcheckPassesForTheEngineAndShowsATable() throws {
        let bundle = try XCTUnwrap(try s.run("let report = gradcheck({ x, y in x * y + tanh(x) }, at: [0.5, -1.0])\nreport"))
        XCTAssertTrue(try s.bool("report.passed"))
        XCTAssertEqual(try s.number("report.rows.count"), 2)
        let text = bundle.plainText
        for column in ["input", "analytic", "numeric", "rel. error"] { XCTAssertTrue(text.contains(column), column) }
        XCTAssertTrue(text.contains("gradcheck passed"), text)
        XCTAssertNotNil(bundle["text/html"])
        XCTAssertEqual(try s.number("report.rows[1].analytic"), 0.5, accuracy: 1e-12)
        XCTAssertEqual(try s.number("report.rows[1].numeric"), 0.5, accuracy: 1e-6)
    }

    func testGradcheckCatchesAWrongCustomDerivative() throws {
        try s.run("""
            func badSquare(_ x: Value) -> Value {
                Value.op("square", [x], value: x.data * x.data, derivatives: [x.data])   // should be 2x
            }
            let report = gradcheck({ v in badSquare(v[0]) + v[1] }, at: [1.5, 2.0])
            """)
        XCTAssertFalse(try s.bool("report.passed"))
        XCTAssertFalse(try s.bool("report.rows[0].ok"))
        XCTAssertTrue(try s.bool("report.rows[1].ok"))
        XCTAssertTrue(try s.text("report").contains("FAILED"))
    }

    func testGradcheckReportsAnErrorInsideTheFunctionAsItself() {
        let error = s.error("gradcheck({ x, y in x * \"s\" }, at: [1.0, 2.0])")
        XCTAssertEqual(error?.kind, "TypeMismatch")
        XCTAssertTrue(error?.message.contains("got String") ?? false, error?.message ?? "no error")
    }

    func testForwardModeTakesAValueConstantMadeInsideTheClosure() throws {
        let body = "{ x in\n    var s = Value(0.0)\n    s = s + x * x\n    return s\n}"
        XCTAssertEqual(try s.number("derivative(at: 3.0) \(body)"), 6)
        XCTAssertEqual(try s.number("gradient(at: 3.0) \(body)"), 6, "the same as reverse mode")
        try s.run("let j = jvp(at: [1.0, 2.0], direction: [0.0, 1.0]) { v in Value(10.0) + v[0] * v[1] }")
        XCTAssertEqual(try s.number("j.value"), 12)
        XCTAssertEqual(try s.number("j.derivative"), 1)
    }

    func testExtensionOfValue() throws {
        try s.run("""
            extension Value {
                func cube() -> Value { self * self * self }
                var twiceData: Double { data * 2 }
            }
            let c = Value(2.0).cube()
            c.backward()
            """)
        XCTAssertEqual(try s.number("c.data"), 8)
        XCTAssertEqual(try s.number("Value(1.5).twiceData"), 3)
    }
}
