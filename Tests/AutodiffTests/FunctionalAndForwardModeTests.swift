import XCTest
import Foundation
@testable import Autodiff

/// The functional API and forward mode agree with the reverse-mode graph.
final class FunctionalAndForwardModeTests: XCTestCase {
    func testGradientVariants() {
        XCTAssertEqual(gradient(at: 3) { x in x * x * x }, 27)
        let (dx, dy) = gradient(at: 2, 5) { x, y in x * y + x ** 2 }
        XCTAssertEqual(dx, 9)
        XCTAssertEqual(dy, 2)
        XCTAssertEqual(gradient(at: [1, 2, 3]) { v in v[0] * v[1] * v[2] }, [6, 3, 2])
        let vg = valueWithGradient(at: 0.5) { x in x.exp() }
        XCTAssertEqual(vg.value, Foundation.exp(0.5))
        XCTAssertEqual(vg.gradient, Foundation.exp(0.5))
        let vgs = valueWithGradient(at: [3, 4]) { v in (v[0] ** 2 + v[1] ** 2) ** 0.5 }
        assertClose(vgs.value, 5)
        assertClose(vgs.gradient[0], 0.6)
        assertClose(vgs.gradient[1], 0.8)
    }

    func testGradientOfAConstantIsZeroAndOfIdentityIsOne() {
        XCTAssertEqual(gradient(at: 3) { _ in Value(7) }, 0)
        XCTAssertEqual(gradient(at: 3) { x in x }, 1)
    }

    func testRethrowsErrorsFromTheFunction() {
        struct Boom: Error {}
        XCTAssertThrowsError(try gradient(at: 1) { (_: Value) throws -> Value in throw Boom() })
    }

    func testForwardModeMatchesReverseModeForEveryFunction() {
        let pairs: [(String, (Value) -> Value, (Dual) -> Dual)] = [
            ("poly", { x in 3 * x ** 3 - 2 * x + 1 }, { x in 3 * x ** 3 - 2 * x + 1 }),
            ("quotient", { x in (x + 1) / (x * x + 2) }, { x in (x + 1) / (x * x + 2) }),
            ("transcendental", { x in x.sin() * x.exp() + x.cos().tanh() },
             { x in x.sin() * x.exp() + x.cos().tanh() }),
            ("activations", { x in x.relu() + x.sigmoid() - (x * 2).abs() },
             { x in x.relu() + x.sigmoid() - (x * 2).abs() }),
            ("log and pow", { x in (x * x + 1).log() + 2 ** x + x ** x },
             { x in (x * x + 1).log() + 2 ** x + x ** x }),
            ("free functions", { x in tanh(x) + exp(x) + pow(x, 2) + sin(x) * cos(x) },
             { x in tanh(x) + exp(x) + pow(x, 2) + sin(x) * cos(x) }),
        ]
        for (name, reverse, forward) in pairs {
            for x in [0.3, 1.1, 2.4] {
                let r = valueWithGradient(at: x, of: reverse)
                let f = forward(Dual(x, derivative: 1))
                assertClose(f.value, r.value, tolerance: 1e-12, name)
                assertClose(f.derivative, r.gradient, tolerance: 1e-12, name)
                assertClose(derivative(at: x, of: forward), r.gradient, tolerance: 1e-12, name)
            }
        }
    }

    func testJVPIsTheGradientDottedWithTheDirection() {
        let xs = [0.7, -1.2, 2.0]
        let reverse = gradient(at: xs) { v in v[0] * v[1] + (v[1] * v[2]).sin() + v[0].exp() }
        // One forward pass per input recovers the whole gradient (what a lesson counts).
        for i in 0..<3 {
            var direction = [0.0, 0.0, 0.0]
            direction[i] = 1
            let r = jvp(at: xs, direction: direction) { v in v[0] * v[1] + (v[1] * v[2]).sin() + v[0].exp() }
            assertClose(r.derivative, reverse[i], tolerance: 1e-12)
        }
        let mixed = jvp(at: xs, direction: [1, 2, -1]) { v in v[0] * v[1] + (v[1] * v[2]).sin() + v[0].exp() }
        assertClose(mixed.derivative, reverse[0] + 2 * reverse[1] - reverse[2], tolerance: 1e-12)
    }

    func testDualArithmetic() {
        var d = Dual(2, derivative: 1)
        d += 3
        d *= Dual(2)
        XCTAssertEqual(d, Dual(10, derivative: 2))
        XCTAssertEqual((1 / Dual(2, derivative: 1)).derivative, -0.25)
        XCTAssertEqual((-Dual(2, derivative: 1)).derivative, -1)
        XCTAssertEqual(pow(Dual(3, derivative: 1), 2).derivative, 6)
    }
}
