import Foundation
import XCTest

/// The lessons' worked numbers (../shared/seeds), computed by scripts as a learner would write them.
final class SeedWorkedExampleTests: ScriptTestCase {

    /// Seed 002: L = (w·x + b)² at w = 2, x = 3, b = 1.
    func testSeed002BlameChain() throws {
        try s.run("""
            let w = Value(2.0, label: "w")
            let x = Value(3.0, label: "x")
            let b = Value(1.0, label: "b")
            let z = w * x
            let h = z + b
            let L = h ** 2
            L.backward()
            """)
        XCTAssertEqual(try s.number("L.data"), 49)
        XCTAssertEqual(try s.number("w.grad"), 42)
        XCTAssertEqual(try s.number("b.grad"), 14)
        XCTAssertEqual(try s.number("x.grad"), 28)
        XCTAssertEqual(try s.number("h.grad"), 14)
    }

    /// Seed 002's two-layer ReLU network: x = 2, y = 1, w1 = 0.5, w2 = −0.3, then one step at lr 0.1.
    func testSeed002ReluLayerAndUpdate() throws {
        try s.run("""
            let x = 2.0
            let y = 1.0
            let w1 = Value(0.5, label: "w1")
            let w2 = Value(-0.3, label: "w2")
            let z1 = w1 * x
            let a1 = z1.relu()
            let z2 = w2 * a1
            let L = (z2 - y) ** 2
            L.backward()
            let g1 = w1.grad
            let g2 = w2.grad
            w1.data -= 0.1 * w1.grad
            w2.data -= 0.1 * w2.grad
            """)
        XCTAssertEqual(try s.number("L.data"), 1.69, accuracy: 1e-12)
        XCTAssertEqual(try s.number("g1"), 1.56, accuracy: 1e-12)
        XCTAssertEqual(try s.number("g2"), -2.6, accuracy: 1e-12)
        XCTAssertEqual(try s.number("w1.data"), 0.344, accuracy: 1e-12)
        XCTAssertEqual(try s.number("w2.data"), -0.04, accuracy: 1e-12)
    }

    /// Seed 000: f = (a + b)·c at 2, 3, 4; and L = ((w·x + b) − y)².
    func testSeed000TinyEngine() throws {
        try s.run("""
            let a = Value(2.0); let b = Value(3.0); let c = Value(4.0)
            let f = (a + b) * c
            f.backward()
            let w = Value(0.5); let x = Value(2.0); let bias = Value(0.1); let y = Value(1.0)
            let L = ((w * x + bias) - y) ** 2
            L.backward()
            """)
        XCTAssertEqual(try s.numbers("[a.grad, b.grad, c.grad]"), [4, 4, 5])
        // L = 0.1² = 0.01; dL/dw = 2·0.1·x = 0.4, dL/dx = 2·0.1·w = 0.1, dL/db = 0.2, dL/dy = −0.2
        XCTAssertEqual(try s.number("L.data"), 0.01, accuracy: 1e-12)
        XCTAssertEqual(try s.number("w.grad"), 0.4, accuracy: 1e-12)
        XCTAssertEqual(try s.number("x.grad"), 0.1, accuracy: 1e-12)
        XCTAssertEqual(try s.number("bias.grad"), 0.2, accuracy: 1e-12)
        XCTAssertEqual(try s.number("y.grad"), -0.2, accuracy: 1e-12)
    }

    /// Seed 001: f = x² + y², x = t², y = sin t gives df/dt = 4t³ + 2 sin t cos t.
    func testSeed001MultivariableChainRule() throws {
        for t in [0.3, 1.0, 2.5] {
            try s.run("""
                let t = Value(\(t))
                let x = t ** 2
                let y = sin(t)
                let f = x ** 2 + y ** 2
                f.backward()
                let forward = derivative(at: \(t)) { t in (t ** 2) ** 2 + sin(t) ** 2 }
                """)
            let expected = 4 * t * t * t + 2 * sin(t) * cos(t)
            XCTAssertEqual(try s.number("t.grad"), expected, accuracy: 1e-12, "t = \(t)")
            XCTAssertEqual(try s.number("forward"), expected, accuracy: 1e-12, "forward mode, t = \(t)")
        }
    }

    /// Seed 004's testing lines: x² at 3 → 6; (x + 2)·x at 3 → 8.
    func testSeed004FirstChecks() throws {
        try s.run("let x = Value(3.0); let y = x ** 2; y.backward()")
        XCTAssertEqual(try s.number("x.grad"), 6)
        try s.run("let x2 = Value(3.0); let y2 = (x2 + Value(2.0)) * x2; y2.backward()")
        XCTAssertEqual(try s.number("x2.grad"), 8)
    }
}
