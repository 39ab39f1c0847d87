import Foundation
import XCTest
@testable import SwiftgradLang

/// Pathologically deep or long input ends in a result or a clean script error, never a stack overflow
/// of the parser, compiler or evaluator.
final class DeepNestingTests: XCTestCase {
    /// Runs `source` in a fresh interpreter: it either succeeds or fails with a script error.
    func assertEndsCleanly(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
        let s = Session()
        s.host.reset()
        _ = s.interpreter.execute(source)
        // Still usable afterwards.
        XCTAssertEqual(s.run("print(1 + 1)", file: file, line: line).output, "2\n", file: file, line: line)
    }

    func testHundredThousandNestedParenthesesAreANestingError() {
        let n = 100_000
        assertFails(String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n),
                    kind: "SyntaxError", message: "nested too deeply")
    }

    func testDeeplyNestedBracketsBracesClosuresAndIfsAreNestingErrors() {
        let n = 10_000
        assertFails(String(repeating: "[", count: n) + String(repeating: "]", count: n), kind: "SyntaxError", message: "nested too deeply")
        assertFails(String(repeating: "{ ", count: n) + String(repeating: "}() ", count: n), kind: "SyntaxError", message: "nested too deeply")
        assertFails(String(repeating: "if true { ", count: n) + String(repeating: "} ", count: n), kind: "SyntaxError", message: "nested too deeply")
        // One operator token `---...-`, which is not defined.
        XCTAssertNotNil(Session().error(String(repeating: "-", count: n) + "1"))
        assertFails("let x = " + String(repeating: "x = ", count: n) + "1", kind: "SyntaxError", message: "nested too deeply")
        assertFails(String(repeating: "(", count: n), kind: "SyntaxError")
        assertFails(String(repeating: "\"\\(", count: n), kind: "SyntaxError")
        assertFails("let t: " + String(repeating: "[", count: n) + "Int" + String(repeating: "]", count: n) + " = []", kind: "SyntaxError")
    }

    func testNestingJustUnderTheLimitWorks() {
        let n = Parser.maxNesting / 2 - 5
        assertPrints("print(" + String(repeating: "(", count: n) + "7" + String(repeating: ")", count: n) + ")", "7\n")
        assertPrints("print(" + String(repeating: "[", count: n) + String(repeating: "]", count: n) + ".count)", "1\n")
    }

    func testHundredThousandTermSumIsTooLong() {
        let n = 100_000
        assertFails("let a = 1\nprint(a" + String(repeating: " + a", count: n - 1) + ")", kind: "SyntaxError", message: "too long")
        assertFails("let a = 1.5\nlet b = a" + String(repeating: " * a - a", count: n), kind: "SyntaxError", message: "too long")
    }

    func testLongChainsUnderTheLimitRun() {
        let n = Parser.maxChainDepth - 10
        assertPrints("let a = 1\nprint(a" + String(repeating: " + a", count: n - 1) + ")", "\(n)\n")
        assertPrints("let x: Int? = 1\nprint(x" + String(repeating: "!", count: n) + ")", "1\n")
        // Links inside brackets count with those of the enclosing statement.
        let inner = "(a" + String(repeating: " + a", count: n / 2) + ")"
        assertFails("let a = 1\nprint(a" + String(repeating: " + " + inner, count: 3) + ")", kind: "SyntaxError", message: "too long")
    }

    func testHundredThousandLinkPostfixChainsAreTooLong() {
        let n = 100_000
        assertFails("let x: Int? = 1\nprint(x" + String(repeating: "!", count: n) + ")", kind: "SyntaxError", message: "too long")
        assertFails("let s = \"a\"\nprint(s" + String(repeating: ".count.description", count: n) + ")", kind: "SyntaxError", message: "too long")
        assertFails("func f() -> Int { 1 }\nprint(f" + String(repeating: "()", count: n) + ")", kind: "SyntaxError", message: "too long")
        assertFails("let xs = [[1]]\nprint(xs" + String(repeating: "[0]", count: n) + ")", kind: "SyntaxError", message: "too long")
        assertFails("\"\\(1" + String(repeating: " + 1", count: n) + ")\"", kind: "SyntaxError", message: "too long")
    }

    func testManyStatementsAndElementsRun() {
        let n = 100_000
        assertPrints("var c = 0\n" + String(repeating: "c += 1\n", count: n) + "print(c)", "\(n)\n")
        assertPrints("print([" + String(repeating: "1, ", count: n) + "1].count)", "\(n + 1)\n")
    }

    /// Runs `body` and fails the test if it takes longer than `seconds` (a hang detector, not a speed target).
    func within(_ seconds: TimeInterval, _ what: String, file: StaticString = #filePath, line: UInt = #line, _ body: () -> Void) {
        let start = Date()
        body()
        XCTAssertLessThan(Date().timeIntervalSince(start), seconds, "\(what) took too long", file: file, line: line)
    }

    /// An else-if chain reads as flat code: swiftc compiles chains of thousands of branches, so must we.
    func testElseIfChainsOfThousandsOfBranchesRun() {
        for n in [150, 1_000] {
            let source = "let x = \(n - 1)\nif x == -1 { print(-1) }"
                + (0..<n).map { " else if x == \($0) { print(\($0)) }" }.joined() + " else { print(\"none\") }"
            assertPrints(source, "\(n - 1)\n")
            assertPrints(source.replacingOccurrences(of: "let x = \(n - 1)", with: "let x = 1_000_000"), "none\n")
        }
        // Inside a function, with a result.
        let fn = "func pick(_ x: Int) -> String {\n  if x == 0 { return \"zero\" }"
            + (1..<1_000).map { " else if x == \($0) { return \"n\($0)\" }" }.joined() + " else { return \"big\" }\n}\nprint(pick(999), pick(5000))"
        assertPrints(fn, "n999 big\n")
    }

    func testHundredThousandDeepInterpolationIsANestingError() {
        let n = 100_000
        within(10, "100k nested interpolations") {
            assertFails("let s = " + String(repeating: "\"\\(", count: n) + "1" + String(repeating: ")\"", count: n),
                        kind: "SyntaxError", message: "nested too deeply")
        }
        // Unterminated, 250k deep: the lexer's recursion is bounded whatever asks.
        let open = "let q = " + String(repeating: "\"\\(", count: 250_000)
        within(10, "250k unterminated interpolations") {
            assertFails(open, kind: "SyntaxError", message: "nested too deeply")
            let s = Session()
            XCTAssertEqual(checkCompleteness(open), .invalid)
            _ = s.interpreter.complete(open, cursor: open.unicodeScalars.count)
            _ = s.interpreter.inspect(open, cursor: open.unicodeScalars.count, detailLevel: 0)
            XCTAssertEqual(s.run("print(1)").output, "1\n")
        }
        assertPrints("let a = 2\nprint(\"x\\(\"y\\(a + 1)\")\")", "xy3\n")
    }

    func testDeeplyOptionalTypesAreNestingErrors() {
        within(10, "a 10,000-deep optional type") {
            assertFails("let t: Int" + String(repeating: "?", count: 10_000) + " = nil", kind: "SyntaxError", message: "nested too deeply")
        }
        // `u!` unwraps the implicitly unwrapped layer only: an `Int?`, which prints as swiftc prints it.
        assertPrints("let t: Int??? = nil\nlet u: Int?! = 3\nprint(t == nil, u!)", "true Optional(3)\n")
    }

    func testElseIfChainsRunOrFailCleanly() {
        let n = 10_000
        assertEndsCleanly("let x = 5\nif x == -1 { print(0) }" + String(repeating: " else if x == -1 { print(0) }", count: n) + " else { print(1) }")
    }

    /// The kernel asks `isComplete` on its own threads (512 KiB stacks on Linux), not the script
    /// thread: the parser's nesting limit must keep it far from their end too.
    func testIsCompleteOnASmallStackSurvivesDeepInput() {
        let inputs = ["(", "[", "{ ", "if true { ", "f(", "x = ", "\"\\(", "[1: ", "{ x in ", "-(", "func f() { ", "class C { func m() { "]
            .map { String(repeating: $0, count: 5_000) }
            + [String(repeating: "\"\\(", count: 250_000)]
            + ["let a = 1\nprint(a" + String(repeating: " + a", count: 100_000) + ")"]
        final class Results: @unchecked Sendable { var statuses: [CompletenessStatus] = [] }
        let results = Results()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            for input in inputs { results.statuses.append(checkCompleteness(input)) }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        XCTAssertEqual(results.statuses.count, inputs.count)
    }

    func testPrintingComparingAndHashingVeryDeepValuesDoNotOverflow() {
        let build = "var list: [Any] = []\nfor _ in 0..<300_000 { list = [list] }\nvar other: [Any] = []\nfor _ in 0..<300_000 { other = [other] }\n"
        assertFails(build + "print(list)", kind: "StackOverflow", message: "nested more than")
        assertPrints(build + "print(list == list, list == other)\nvar s = Set<[Any]>()\ns.insert(list)\nprint(s.count)", "true false\n1\n")
        // Shallower than the limit prints in full.
        assertPrints("var l: [Any] = []\nfor _ in 0..<1000 { l = [l] }\nprint(\"\\(l)\".count)", "2002\n")
    }
}
