import XCTest
@testable import Autodiff

/// Every built-in op's backward rule against central differences, at several points.
final class OpDerivativeTests: XCTestCase {
    let unaryOps: [(String, (Value) -> Value, [Double])] = [
        ("neg", { -$0 }, [-1.5, 0.3, 2]),
        ("relu", { $0.relu() }, [-1.5, 0.3, 2]),
        ("tanh", { $0.tanh() }, [-1.5, 0.3, 2]),
        ("sigmoid", { $0.sigmoid() }, [-3, 0.3, 2]),
        ("exp", { $0.exp() }, [-1.5, 0.3, 2]),
        ("log", { $0.log() }, [0.2, 1, 3.5]),
        ("sin", { $0.sin() }, [-1.5, 0.3, 2]),
        ("cos", { $0.cos() }, [-1.5, 0.3, 2]),
        ("abs", { $0.abs() }, [-1.5, 0.3, 2]),
        ("** 3", { $0 ** 3 }, [-1.5, 0.3, 2]),
        ("** 0.5", { $0 ** 0.5 }, [0.3, 2, 5]),
        ("** -1", { $0 ** -1 }, [-1.5, 0.3, 2]),
        ("+ 2", { $0 + 2 }, [-1.5, 0.3]),
        ("2 - x", { 2 - $0 }, [-1.5, 0.3]),
        ("3 / x", { 3 / $0 }, [-1.5, 0.3]),
        ("2 ** x", { 2 ** $0 }, [-1.5, 0.3]),
    ]

    func testUnaryOpsMatchCentralDifferences() {
        for (name, f, points) in unaryOps {
            for x in points {
                let analytic = gradient(at: x, of: f)
                let numeric = centralDifference(at: x, f)
                XCTAssertEqual(analytic, numeric, accuracy: 1e-6 * Swift.max(1, Swift.abs(numeric)), "\(name) at \(x)")
            }
        }
    }

    func testBinaryOpsMatchCentralDifferences() {
        let ops: [(String, (Value, Value) -> Value)] = [
            ("+", { $0 + $1 }), ("-", { $0 - $1 }), ("*", { $0 * $1 }), ("/", { $0 / $1 }), ("**", { $0 ** $1 }),
        ]
        for (name, f) in ops {
            for (x, y) in [(1.7, 0.6), (0.4, -2.5), (3.0, 2.0)] {
                let report = gradcheck(at: [x, y]) { v in f(v[0], v[1]) }
                XCTAssertTrue(report.passed, "\(name) at (\(x), \(y)): \(report.rows)")
                XCTAssertEqual(report.rows.count, 2)
            }
        }
    }

    func testLocalDerivativesAreThePartialsAtCurrentData() {
        let a = Value(3), b = Value(-2)
        XCTAssertEqual((a * b).localDerivatives, [-2, 3])
        XCTAssertEqual((a / b).localDerivatives, [-0.5, -0.75])
        XCTAssertEqual((a - b).localDerivatives, [1, -1])
        XCTAssertEqual((a ** 2).localDerivatives, [6])
        XCTAssertEqual(a.relu().localDerivatives, [1])
        XCTAssertEqual(b.relu().localDerivatives, [0])
        XCTAssertEqual(a.localDerivatives, [])
        let t = a.tanh()
        assertClose(t.localDerivatives[0], 1 - Foundation.tanh(3) * Foundation.tanh(3))
    }

    func testOpNamesAndParents() {
        let a = Value(2, label: "a"), b = Value(5, label: "b")
        let cases: [(Value, String, Int)] = [
            (a + b, "+", 2), (a - b, "-", 2), (a * b, "*", 2), (a / b, "/", 2), (-a, "neg", 1),
            (a ** 2, "**", 1), (a ** b, "**", 2), (a.relu(), "relu", 1), (a.tanh(), "tanh", 1),
            (a.sigmoid(), "sigmoid", 1), (a.exp(), "exp", 1), (a.log(), "log", 1), (a.sin(), "sin", 1),
            (a.cos(), "cos", 1), (a.abs(), "abs", 1),
        ]
        for (node, op, count) in cases {
            XCTAssertEqual(node.op, op)
            XCTAssertEqual(node.parents.count, count, op)
            XCTAssertTrue(node.parents[0] === a, op)
            XCTAssertFalse(node.isLeaf)
            XCTAssertEqual(node.role, .intermediate)
        }
        XCTAssertEqual((a ** 2).exponent, 2)
        XCTAssertNil((a ** b).exponent)
        XCTAssertEqual(a.op, "")
        XCTAssertTrue(a.isLeaf)
    }

    func testFreeFunctionsBuildTheSameNodes() {
        let x = Value(0.7)
        XCTAssertEqual(tanh(x).data, x.tanh().data)
        XCTAssertEqual(exp(x).op, "exp")
        XCTAssertEqual(pow(x, 2).data, (x ** 2).data)
        XCTAssertEqual(pow(x, Value(3)).op, "**")
        XCTAssertEqual(relu(x).op, "relu")
        XCTAssertEqual(sigmoid(x).op, "sigmoid")
        XCTAssertEqual(log(x).op, "log")
        XCTAssertEqual(sin(x).op, "sin")
        XCTAssertEqual(cos(x).op, "cos")
        XCTAssertEqual(abs(-x).data, 0.7)
    }

    func testPowerBindsTighterThanMultiplicationAndIsRightAssociative() {
        let x = Value(3)
        XCTAssertEqual((2 * x ** 2).data, 18)
        XCTAssertEqual((Value(2) ** Value(3) ** Value(2)).data, 512)
    }

    func testCompoundAssignment() {
        let a = Value(2)
        var s = a
        s += 3
        s *= a
        s -= 1
        s /= 3
        XCTAssertEqual(s.data, 3)
        s += a
        s.backward()
        // s = ((a + 3)·a − 1)/3 + a → ds/da = (2a + 3)/3 + 1 = 10/3
        assertClose(a.grad, 10.0 / 3.0)
    }

    func testSigmoidIsStableForLargeInputs() {
        XCTAssertEqual(Value(-1000).sigmoid().data, 0)
        XCTAssertEqual(Value(1000).sigmoid().data, 1)
        XCTAssertFalse(Value(-1000).sigmoid().data.isNaN)
    }
}
