import XCTest
@testable import SwiftgradLang

/// The Pratt parser: precedence, associativity, trailing closures, statement boundaries.
final class ParserTests: XCTestCase {
    func tree(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do { return ASTDump.render(try Parser.parseReportingDiagnostic(source)) } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }

    func testPrecedenceAndAssociativity() {
        XCTAssertEqual(tree("1 + 2 * 3"), "(+ 1 (* 2 3))")
        XCTAssertEqual(tree("1 - 2 - 3"), "(- (- 1 2) 3)")
        XCTAssertEqual(tree("2 ** 3 ** 2"), "(** 2 (** 3 2))")
        XCTAssertEqual(tree("-x ** 2"), "(** (-prefix x) 2)")
        XCTAssertEqual(tree("a < b && c || d"), "(|| (&& (< a b) c) d)")
        XCTAssertEqual(tree("x ?? y ?? 0"), "(?? x (?? y 0))")
        XCTAssertEqual(tree("a ? b : c ? d : e"), "(? a b (? c d e))")
        XCTAssertEqual(tree("0..<n + 1"), "(..< 0 (+ n 1))")
    }

    /// The parser reads each operator once into `Operator`; its `text` spells it back exactly.
    func testOperatorsAreReadIntoTheirCase() throws {
        let standard = ["+", "-", "*", "/", "%", "**", "&+", "&-", "&*", "==", "!=", "<", "<=", ">", ">=", "===", "!==",
                        "~=", "&&", "||", "!", "&", "|", "^", "~", "<<", ">>", "&<<", "&>>", "..<", "...", "??"]
        for text in standard {
            let op = Operator(text)
            if case .custom = op { XCTFail("\(text) read as a declared operator") }
            XCTAssertEqual(op.text, text)
        }
        XCTAssertEqual(Set(standard.map(Operator.init)).count, standard.count)
        XCTAssertEqual(Operator("+*"), .custom("+*"))
        let stmts = try Parser.parseReportingDiagnostic("x &<<= 2\nlet y = -a ?? b")
        guard case let .expression(assign) = stmts[0].kind, case .assign(.maskingShiftLeft?, _, _) = assign.kind,
              case let .variable(decl) = stmts[1].kind, let value = decl.bindings.first?.initializer,
              case .binary(.nilCoalescing, let lhs, _) = value.kind, case .prefix(.minus, _) = lhs.kind else {
            return XCTFail("\(ASTDump.render(stmts))")
        }
    }

    func testAssignmentsCallsAndTrailingClosures() {
        XCTAssertEqual(tree("x += 1"), "(+= x 1)")
        XCTAssertEqual(tree("xs.map { $0 * 2 }.reduce(0, +)"),
                       "(call (. (call (. xs map) trailing:(closure $1 {(* $0 2)})) reduce) 0 (op +))")
        XCTAssertEqual(tree("f(a: 1, &b)"), "(call f a: 1 &b)")
    }

    func testStatementsAreSeparatedByNewlinesAndSemicolons() {
        XCTAssertEqual(tree("a = 1; b = 2\nc = 3").split(separator: "\n").count, 3)
        // A line starting with an operator does not continue the previous line's call.
        XCTAssertEqual(tree("let a = b\n(c)").split(separator: "\n").count, 2)
        // A binary operator at the start of a line continues the expression.
        XCTAssertEqual(tree("let s = 1\n    + 2"), "(let s = (+ 1 2))")
    }

    func testOperatorFunctionsHaveUnlabeledParameters() throws {
        let stmts = try Parser.parseReportingDiagnostic("static func + (lhs: V, rhs: V) -> V { lhs }")
        guard case let .function(f) = stmts[0].kind else { return XCTFail("not a function") }
        XCTAssertEqual(f.parameters.map(\.label), [nil, nil])
        XCTAssertEqual(f.parameters.map(\.name), ["lhs", "rhs"])
    }

    func testSyntaxErrorsNameTheProblem() {
        let cases: [(String, String)] = [
            ("let x = (1, 2", "expected"),
            ("func (x: Int) {}", "function name"),
            ("if x { ", "expected"),
            ("let 5 = x", "expected"),
        ]
        for (source, fragment) in cases {
            do {
                _ = try Parser.parseReportingDiagnostic(source)
                XCTFail("\(source) parsed")
            } catch {
                XCTAssertTrue(error.message.contains(fragment), "\(source): \(error.message)")
            }
        }
    }
}
