import XCTest
import Foundation
@testable import Autodiff

/// The worked numbers of the lesson seeds in /work/shared/seeds, computed by the engine.
final class SeedExampleTests: XCTestCase {
    // Seed 000: f = (a + b)·c at a = 2, b = 3, c = 4.
    func testSeed000SumTimesC() {
        let a = Value(2, label: "a"), b = Value(3, label: "b"), c = Value(4, label: "c")
        let f = (a + b) * c
        f.backward()
        XCTAssertEqual(f.data, 20)
        XCTAssertEqual(a.grad, 4)
        XCTAssertEqual(b.grad, 4)
        XCTAssertEqual(c.grad, 5)
    }

    // Seed 000: L = ((w·x + b) − y)² at w = 0.5, x = 2, b = 0.1, y = 1.
    func testSeed000SquaredError() {
        let w = Value(0.5), x = Value(2), b = Value(0.1), y = Value(1)
        let L = ((w * x + b) - y) ** 2
        L.backward()
        assertClose(L.data, 0.01, tolerance: 1e-15)
        assertClose(w.grad, 0.4, tolerance: 1e-14)   // 2·0.1·x
        assertClose(b.grad, 0.2, tolerance: 1e-14)   // 2·0.1
        assertClose(x.grad, 0.1, tolerance: 1e-14)   // 2·0.1·w
        assertClose(y.grad, -0.2, tolerance: 1e-14)
    }

    // Seed 001: f = x² + y², x = t², y = sin t → df/dt = 4t³ + 2 sin t cos t.
    func testSeed001MultivariableChainRule() {
        for t in [-1.3, 0.0, 0.5, 1.0, 2.0, 3.7] {
            let dfdt = gradient(at: t) { t in
                let x = t ** 2, y = t.sin()
                return x ** 2 + y ** 2
            }
            assertClose(dfdt, 4 * t * t * t + 2 * Foundation.sin(t) * Foundation.cos(t), tolerance: 1e-12)
        }
    }

    // Seed 001: f = (3x + 1)² → 6(3x + 1); seed 002: f = (3x + 2)² → 30 at x = 1.
    func testSeed001And002SingleVariableChainRule() {
        for x in [-2.0, 0.0, 1.0, 2.5] {
            XCTAssertEqual(gradient(at: x) { x in (3 * x + 1) ** 2 }, 6 * (3 * x + 1))
        }
        XCTAssertEqual(gradient(at: 1) { x in (3 * x + 2) ** 2 }, 30)
    }

    // Seed 002: L = (w·x + b)² at w = 2, x = 3, b = 1.
    func testSeed002ComputationGraph() {
        let w = Value(2, label: "w"), x = Value(3, label: "x"), b = Value(1, label: "b")
        let z = w * x, h = z + b, L = h ** 2
        L.backward()
        XCTAssertEqual(z.data, 6)
        XCTAssertEqual(h.data, 7)
        XCTAssertEqual(L.data, 49)
        XCTAssertEqual(h.grad, 14)
        XCTAssertEqual(z.grad, 14)
        XCTAssertEqual(w.grad, 42)
        XCTAssertEqual(b.grad, 14)
        XCTAssertEqual(x.grad, 28)
    }

    // Seed 002: the 2-layer ReLU network x → w1 → ReLU → w2 → squared error, then one SGD step.
    func testSeed002TwoLayerReLUExampleAndUpdate() {
        let x = Value(2), y = Value(1)
        let w1 = Value(0.5, label: "w1", role: .parameter), w2 = Value(-0.3, label: "w2", role: .parameter)
        let z1 = w1 * x, a1 = z1.relu(), z2 = w2 * a1
        let L = (z2 - y) ** 2
        L.backward()
        assertClose(L.data, 1.69, tolerance: 1e-12)
        assertClose(z2.grad, -2.6, tolerance: 1e-12)
        assertClose(w2.grad, -2.6, tolerance: 1e-12)
        assertClose(a1.grad, 0.78, tolerance: 1e-12)
        assertClose(z1.grad, 0.78, tolerance: 1e-12)
        assertClose(w1.grad, 1.56, tolerance: 1e-12)
        SGD([w1, w2], lr: 0.1).step()
        assertClose(w1.data, 0.344, tolerance: 1e-12)
        assertClose(w2.data, -0.04, tolerance: 1e-12)
    }

    // Seed 004: x² at 3 → 6 and (x + 2)·x at 3 → 8.
    func testSeed004SmallExamples() {
        XCTAssertEqual(gradient(at: 3) { x in x ** 2 }, 6)
        XCTAssertEqual(gradient(at: 3) { x in (x + Value(2)) * x }, 8)
    }
}
