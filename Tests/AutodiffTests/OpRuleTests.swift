import XCTest
import Foundation
@testable import Autodiff

/// The op table (`OpCode`): for every op and operand, the formula the displays print evaluates to the
/// partial the reverse walk uses, both agree with a central difference of the op's forward, and
/// forward mode (`Dual`) carries the same derivative.
final class OpRuleTests: XCTestCase {
    /// Points where each op is differentiable: (a, b, exponent n).
    private func points(_ code: OpCode) -> [(Double, Double, Double)] {
        switch code {
        case .log: return [(0.2, 0, 0), (1, 0, 0), (3.5, 0, 0)]
        case .powConst: return [(1.7, 0, 2), (-1.3, 0, 3), (0.6, 0, 0.5), (2.5, 0, 1), (-0.8, 0, -1), (1.1, 0, 0)]
        case .powValue: return [(1.7, 0.6, 0), (0.4, -2.5, 0), (3, 2, 0)]
        case .div: return [(1.7, 0.6, 0), (-0.4, -2.5, 0)]
        default: return [(1.7, 0.6, 0), (-0.4, -2.5, 0), (0.3, 2, 0)]
        }
    }

    private var builtIns: [OpCode] { OpCode.allCases.filter { $0 != .leaf && $0 != .custom } }

    func testEveryFormulaIsItsPartialAndItsNumericDerivative() {
        for code in builtIns {
            XCTAssertTrue(code.arity == 1 || code.arity == 2, "\(code)")
            for (a, b, n) in points(code) {
                let out = code.forward(a, b, exponent: n)
                let (da, db) = code.partials(a, b, out: out, exponent: n)
                for slot in 0..<code.arity {
                    let partial = slot == 0 ? da : db
                    guard let formula = code.formula(slot: slot, exponent: n) else {
                        return XCTFail("\(code) has no formula for operand \(slot)")
                    }
                    let tolerance = 1e-12 * Swift.max(1, Swift.abs(partial))
                    XCTAssertEqual(formula.evaluate([a, b]), partial, accuracy: tolerance,
                                   "\(code) slot \(slot) at (\(a), \(b), n \(n)): \(formula.text(operands: ["a", "b"]))")
                    let h = 1e-6
                    let numeric = slot == 0
                        ? (code.forward(a + h, b, exponent: n) - code.forward(a - h, b, exponent: n)) / (2 * h)
                        : (code.forward(a, b + h, exponent: n) - code.forward(a, b - h, exponent: n)) / (2 * h)
                    XCTAssertEqual(partial, numeric, accuracy: 1e-6 * Swift.max(1, Swift.abs(numeric)),
                                   "\(code) slot \(slot) at (\(a), \(b), n \(n))")
                }
            }
        }
    }

    func testLeavesAndCustomOpsHaveNoFormula() {
        XCTAssertNil(OpCode.leaf.formula(slot: 0))
        XCTAssertNil(OpCode.custom.formula(slot: 0))
    }

    func testFormulasReadAsALessonWritesThem() {
        func text(_ code: OpCode, _ slot: Int, _ names: [String], n: Double = 0) -> String? {
            code.formula(slot: slot, exponent: n)?.text(operands: names)
        }
        XCTAssertEqual(text(.add, 1, ["a", "b"]), "1")
        XCTAssertEqual(text(.sub, 1, ["a", "b"]), "-1")
        XCTAssertEqual(text(.mul, 0, ["w", "x"]), "x")
        XCTAssertEqual(text(.mul, 1, ["w", "x"]), "w")
        XCTAssertEqual(text(.div, 0, ["a", "b"]), "1/b")
        XCTAssertEqual(text(.div, 1, ["a", "b"]), "-a/b²")
        XCTAssertEqual(text(.powConst, 0, ["h"], n: 2), "2·h")
        XCTAssertEqual(text(.powConst, 0, ["h"], n: 3), "3·h^2")
        XCTAssertEqual(text(.powConst, 0, ["h"], n: 1), "1")
        XCTAssertEqual(text(.powConst, 0, ["x"], n: 0.5), "0.5·x^-0.5")
        XCTAssertEqual(text(.powValue, 0, ["a", "b"]), "b·a^(b-1)")
        XCTAssertEqual(text(.powValue, 1, ["a", "b"]), "a^b·ln a")
        XCTAssertEqual(text(.relu, 0, ["z1"]), "(z1 > 0 ? 1 : 0)")
        XCTAssertEqual(text(.tanh, 0, ["v4"]), "1 - tanh²(v4)")
        XCTAssertEqual(text(.sigmoid, 0, ["v4"]), "σ(v4)·(1 - σ(v4))")
        XCTAssertEqual(text(.log, 0, ["x"]), "1/x")
        XCTAssertEqual(text(.cos, 0, ["x"]), "-sin(x)")
        XCTAssertEqual(text(.abs, 0, ["x"]), "sign(x)")
        XCTAssertEqual(OpCode.relu.help, "max(0, x); derivative (x > 0 ? 1 : 0).")
    }

    /// docs/bindings.md lists every op's local derivatives: its table is this table.
    func testTheBindingDocsListTheTable() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/bindings.md").standardizedFileURL
        let text = try String(contentsOf: docs, encoding: .utf8)
        for code in builtIns {
            let names = code.arity == 2 ? ["a", "b"] : (code == .neg || code == .powConst ? ["a"] : ["x"])
            let n: Double = code == .powConst ? 3 : 0
            let d0 = code.formula(slot: 0, exponent: n)?.text(operands: names) ?? "?"
            let d1 = code.arity == 2 ? (code.formula(slot: 1)?.text(operands: names) ?? "?") : ""
            let meaning = code == .powConst ? code.meaning + " (here 3)" : code.meaning.replacingOccurrences(of: "|", with: "\\|")
            let row = "| `\(code.symbol)` | \(meaning) | \(d0) |" + (d1.isEmpty ? " |" : " \(d1) |")
            XCTAssertTrue(text.contains(row), "docs/bindings.md lacks the row \(row)")
        }
    }

    func testForwardModeCarriesTheTablesDerivatives() {
        for code in builtIns where code.arity == 1 || code == .powValue || code == .div || code == .mul {
            for (a, b, n) in points(code) {
                let out = code.forward(a, b, exponent: n)
                let (da, db) = code.partials(a, b, out: out, exponent: n)
                let d = Dual.apply(code, Dual(a, derivative: 0.7), Dual(b, derivative: code.arity == 2 ? -0.3 : 0), exponent: n)
                XCTAssertEqual(d.value, out, "\(code)")
                let expected = da * 0.7 + (code.arity == 2 ? db * -0.3 : 0)
                XCTAssertEqual(d.derivative, expected, accuracy: 1e-12 * Swift.max(1, Swift.abs(expected)), "\(code)")
            }
        }
    }

    /// The reverse walk multiplies by exactly the table's partials: one node per op, back-propagated.
    func testReverseModeUsesTheTablesPartials() {
        for code in builtIns {
            for (a, b, n) in points(code) {
                let x = Value(a), y = Value(b)
                let node: Value
                switch code.arity {
                case 2: node = Value.make(code, adopting: x, y)
                default: node = Value.make(code, adopting: x, exponent: n)
                }
                node.backward()
                let (da, db) = code.partials(a, b, out: node.data, exponent: n)
                XCTAssertEqual(node.data, code.forward(a, b, exponent: n), "\(code)")
                XCTAssertEqual(x.grad, da, "\(code)")
                if code.arity == 2 { XCTAssertEqual(y.grad, db, "\(code)") }
            }
        }
    }
}
