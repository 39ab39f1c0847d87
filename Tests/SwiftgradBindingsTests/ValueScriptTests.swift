import XCTest

/// The script surface of `Value`: construction, properties, operators with numbers on either side,
/// powers, compound assignment, the unary functions and the global math functions.
final class ValueScriptTests: ScriptTestCase {

    func testInitWithLabelAndProperties() throws {
        try s.run("""
            let a = Value(2.0, label: "a")
            let i = Value(3)
            let p = a * i
            """)
        XCTAssertEqual(try s.string("a.label"), "a")
        XCTAssertEqual(try s.number("a.data"), 2)
        XCTAssertEqual(try s.number("i.data"), 3, "an Int initialises a Value")
        XCTAssertEqual(try s.number("a.grad"), 0)
        XCTAssertEqual(try s.string("a.op"), "")
        XCTAssertEqual(try s.number("a.parents.count"), 0)
        XCTAssertEqual(try s.string("p.op"), "*")
        XCTAssertEqual(try s.numbers("[p.parents[0].data, p.parents[1].data]"), [2, 3])
        XCTAssertEqual(try s.string("p.parents[0].label"), "a")
    }

    func testDataAndGradAreSettable() throws {
        try s.run("""
            let a = Value(2.0)
            a.data = 5
            a.grad = 0.25
            a.data -= 1.5
            a.label = "renamed"
            """)
        XCTAssertEqual(try s.number("a.data"), 3.5)
        XCTAssertEqual(try s.number("a.grad"), 0.25)
        XCTAssertEqual(try s.string("a.label"), "renamed")
    }

    func testArithmeticWithNumbersOnEitherSide() throws {
        try s.run("let a = Value(2.0)")
        let cases: [(String, Double)] = [
            ("a + 1", 3), ("1 + a", 3), ("a + 1.5", 3.5), ("1.5 + a", 3.5), ("a + a", 4),
            ("a - 1", 1), ("5 - a", 3), ("a - 0.5", 1.5), ("0.5 - a", -1.5), ("a - a", 0),
            ("a * 3", 6), ("3 * a", 6), ("a * 2.5", 5), ("2.5 * a", 5), ("a * a", 4),
            ("a / 4", 0.5), ("4 / a", 2), ("a / 0.5", 4), ("1.0 / a", 0.5), ("a / a", 1),
            ("-a", -2), ("-(a * 3)", -6),
        ]
        for (expr, expected) in cases {
            XCTAssertEqual(try s.number("(\(expr)).data"), expected, accuracy: 1e-12, expr)
            XCTAssertEqual(try s.text("type(of: \(expr))"), "Value", "\(expr) stays in the graph")
        }
    }

    func testGradientsOfMixedArithmetic() throws {
        // d/da of each expression at a = 2
        let cases: [(String, Double)] = [
            ("a + 1", 1), ("1 + a", 1), ("a - 1", 1), ("5 - a", -1), ("a * 3", 3), ("3 * a", 3),
            ("a / 4", 0.25), ("4 / a", -1), ("-a", -1), ("a * a", 4), ("a / a", 0),
        ]
        for (expr, expected) in cases {
            try s.run("let a = Value(2.0); let out = \(expr); out.backward()")
            XCTAssertEqual(try s.number("a.grad"), expected, accuracy: 1e-12, expr)
        }
    }

    func testPowerWithNumberAndValueExponents() throws {
        try s.run("""
            let a = Value(2.0)
            let b = Value(3.0)
            let sq = a ** 2
            let half = a ** 0.5
            let both = a ** b
            both.backward()
            """)
        XCTAssertEqual(try s.number("sq.data"), 4)
        XCTAssertEqual(try s.number("half.data"), 2.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(try s.number("both.data"), 8)
        XCTAssertEqual(try s.number("sq.parents.count"), 1, "a number exponent is a constant of the node")
        XCTAssertEqual(try s.number("both.parents.count"), 2, "a Value exponent is an operand")
        XCTAssertEqual(try s.number("a.grad"), 3 * 4, accuracy: 1e-12)        // b·a^(b−1)
        XCTAssertEqual(try s.number("b.grad"), 8 * log(2), accuracy: 1e-12)    // a^b·ln a
        XCTAssertEqual(try s.number("(2 ** b).data"), 8, "a number base with a Value exponent")
        try s.run("let c = Value(3.0); let viaPow = pow(2.0, c); viaPow.backward()")
        XCTAssertEqual(try s.number("viaPow.data"), 8)
        XCTAssertEqual(try s.number("c.grad"), 8 * log(2), accuracy: 1e-12, "pow(number, Value) differentiates the exponent")
    }

    func testCompoundAssignment() throws {
        try s.run("""
            let x = Value(3.0, label: "x")
            var acc = Value(1.0)
            acc += x
            acc *= x
            acc -= 2
            acc /= 2
            acc.backward()
            """)
        // ((1 + x)·x − 2) / 2 = 5 at x = 3; derivative (2x + 1) / 2 = 3.5
        XCTAssertEqual(try s.number("acc.data"), 5)
        XCTAssertEqual(try s.number("x.grad"), 3.5)
        try s.run("var total = 0.0\nlet w = Value(2.0)\nfor i in 1...3 { total += w * i }\ntotal.backward()")
        XCTAssertEqual(try s.number("total.data"), 12, "a Double accumulator becomes a Value")
        XCTAssertEqual(try s.number("w.grad"), 6)
    }

    func testUnaryFunctionsAndTheirDerivatives() throws {
        let x = 0.7
        let cases: [(String, Double, Double)] = [
            ("relu", x, 1), ("tanh", tanh(x), 1 - tanh(x) * tanh(x)),
            ("sigmoid", 1 / (1 + exp(-x)), (1 / (1 + exp(-x))) * (1 - 1 / (1 + exp(-x)))),
            ("exp", exp(x), exp(x)), ("log", log(x), 1 / x), ("sin", sin(x), cos(x)),
            ("cos", cos(x), -sin(x)), ("abs", x, 1),
        ]
        for (name, value, derivative) in cases {
            try s.run("let v = Value(\(x)); let out = v.\(name)(); out.backward()")
            XCTAssertEqual(try s.number("out.data"), value, accuracy: 1e-12, name)
            XCTAssertEqual(try s.number("v.grad"), derivative, accuracy: 1e-12, name)
            XCTAssertEqual(try s.string("out.op"), name)
        }
        try s.run("let n = Value(-1.5); let r = n.relu(); let m = n.abs(); r.backward(); m.backward()")
        XCTAssertEqual(try s.number("r.data"), 0)
        XCTAssertEqual(try s.number("m.data"), 1.5)
        XCTAssertEqual(try s.number("n.grad"), -1, "relu passes 0 below zero, abs gives sign −1")
    }

    func testGlobalMathFunctionsAcceptValues() throws {
        try s.run("""
            let v = Value(0.5)
            let t = tanh(v)
            let e = exp(v)
            let p = pow(v, 2)
            let l = log(v) + sin(v) + cos(v) + relu(v) + sigmoid(v) + abs(v)
            let total = t + e + p + l
            total.backward()
            """)
        XCTAssertEqual(try s.number("t.data"), tanh(0.5), accuracy: 1e-12)
        XCTAssertEqual(try s.number("e.data"), exp(0.5), accuracy: 1e-12)
        XCTAssertEqual(try s.number("p.data"), 0.25, accuracy: 1e-12)
        let sig = 1 / (1 + exp(-0.5))
        let expected = (1 - tanh(0.5) * tanh(0.5)) + exp(0.5) + 2 * 0.5 + 1 / 0.5 + cos(0.5) - sin(0.5) + 1 + sig * (1 - sig) + 1
        XCTAssertEqual(try s.number("v.grad"), expected, accuracy: 1e-12)
        XCTAssertEqual(try s.number("tanh(0.5)"), tanh(0.5), accuracy: 1e-15, "numbers still work")
        XCTAssertEqual(try s.number("relu(-3.0)"), 0)
    }

    func testComparisonsReadData() throws {
        try s.run("let a = Value(1.0); let b = Value(2.0)")
        XCTAssertTrue(try s.bool("a < b"))
        XCTAssertTrue(try s.bool("b > 1.5"))
        XCTAssertFalse(try s.bool("a >= b"))
    }

    func testMisuseIsAScriptError() {
        XCTAssertEqual(s.error("Value(\"two\")")?.kind, "TypeMismatch")
        XCTAssertEqual(s.error("Value(1.0) + \"x\"")?.kind, "TypeMismatch")
    }

    func testBindingANameLabelsAnUnlabeledValue() throws {
        try s.run("""
            let w = Value(2.0, label: "weight")
            let x = Value(3.0)
            let z = w * x
            let alias = z
            var out = Value(0.0)
            out = z + 1
            """)
        XCTAssertEqual(try s.string("x.label"), "x", "let names a leaf")
        XCTAssertEqual(try s.string("z.label"), "z", "and an operation's result")
        XCTAssertEqual(try s.string("w.label"), "weight", "an explicit label wins")
        XCTAssertEqual(try s.string("alias.label"), "z", "the first name stays")
        XCTAssertEqual(try s.string("out.label"), "out", "a plain assignment names it too")
        XCTAssertTrue(try s.string("graph(z).dot").contains("{ z | data 6.0000"))
    }

    func testPrintShowsDataGradAndLabel() throws {
        try s.run("let a = Value(2.0, label: \"a\")\nlet b = a * 3\nb.backward()\nprint(a)\nprint(Value(1.5))")
        XCTAssertEqual(s.host.stdout, "Value(data: 2.0, grad: 3.0, label: \"a\")\nValue(data: 1.5, grad: 0.0)\n")
    }
}
