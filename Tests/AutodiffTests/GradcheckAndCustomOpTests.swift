import XCTest
import Foundation
@testable import Autodiff

final class GradcheckAndCustomOpTests: XCTestCase {
    /// x² as a custom op with a chosen local derivative rule.
    func square(_ x: Value, rule: (Double) -> Double) -> Value {
        customOp("square", inputs: [x], value: x.data * x.data, localDerivatives: [rule(x.data)])
    }

    func testCustomOpBehavesLikeABuiltIn() {
        let x = Value(3, label: "x")
        let y = square(x, rule: { 2 * $0 })
        XCTAssertEqual(y.op, "square")
        XCTAssertEqual(y.data, 9)
        XCTAssertTrue(y.parents[0] === x)
        XCTAssertEqual(y.localDerivatives, [6])
        (y * 2).backward()
        XCTAssertEqual(x.grad, 12)
    }

    func testNaryCustomOpAndMissingDerivatives() {
        let a = Value(1), b = Value(2), c = Value(3)
        let s = customOp("sum3", inputs: [a, b, c], value: 6, localDerivatives: [1, 1])
        XCTAssertEqual(s.parents.count, 3)
        XCTAssertEqual(s.localDerivatives, [1, 1, 0])
        s.backward()
        XCTAssertEqual([a.grad, b.grad, c.grad], [1, 1, 0])
        XCTAssertEqual(customOp("", inputs: [a], value: 1, localDerivatives: [1]).op, "custom")
    }

    func testGradcheckPassesOnCorrectOps() {
        let report = gradcheck(at: [0.4, -1.3, 2.2]) { v in
            (v[0] * v[1]).tanh() + v[2].sigmoid() * v[0].exp() - (v[1] ** 2 + 1).log() / v[2]
                + self.square(v[0], rule: { 2 * $0 })
        }
        XCTAssertTrue(report.passed)
        XCTAssertEqual(report.rows.map { $0.input }, [0, 1, 2])
        for row in report.rows {
            XCTAssertTrue(row.ok)
            XCTAssertLessThan(row.relativeError, 1e-6)
            XCTAssertEqual(row.analytic, row.numeric, accuracy: 1e-6)
        }
    }

    func testGradcheckCatchesAWrongCustomDerivative() {
        let report = gradcheck(at: [1.5, 0.5]) { v in self.square(v[0], rule: { $0 }) + v[1] }
        XCTAssertFalse(report.passed)
        XCTAssertFalse(report.rows[0].ok)
        XCTAssertEqual(report.rows[0].analytic, 1.5)
        XCTAssertEqual(report.rows[0].numeric, 3, accuracy: 1e-6)
        XCTAssertEqual(report.rows[0].relativeError, 0.5, accuracy: 1e-6)
        XCTAssertTrue(report.rows[1].ok)
    }

    func testGradcheckFailsOnNaN() {
        let report = gradcheck(at: [-1]) { v in v[0].log() }
        XCTAssertFalse(report.passed)
    }
}
