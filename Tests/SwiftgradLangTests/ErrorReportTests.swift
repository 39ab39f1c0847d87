import XCTest
@testable import SwiftgradLang

/// Syntax errors point at line and column with the source line and a caret; runtime errors name
/// their kind and carry a traceback of script frames with line numbers.
final class ErrorReportTests: XCTestCase {
    func testSyntaxErrorHasLineColumnSourceAndCaret() throws {
        let e = try XCTUnwrap(Session().error("let a = 1\nlet x = (1 +\nprint(x)", file: #filePath, line: #line))
        XCTAssertEqual(e.kind, "SyntaxError")
        XCTAssertTrue(e.message.contains("line 3"), e.message)
        XCTAssertEqual(e.traceback.count, 3, "\(e.traceback)")
        XCTAssertTrue(e.traceback[0].hasPrefix("<cell>:3:"), e.traceback[0])
        XCTAssertEqual(e.traceback[1], "3 | print(x)")
    }

    func testCaretSitsUnderTheColumn() throws {
        let e = try XCTUnwrap(Session().error("let x = [1, 2)"))
        XCTAssertEqual(e.kind, "SyntaxError")
        let header = e.traceback[0]
        // `<cell>:1:COL: error: ...`: the caret line has the caret under column COL.
        let parts = header.split(separator: ":")
        let column = try XCTUnwrap(Int(parts[2]))
        XCTAssertEqual(e.traceback[1], "1 | let x = [1, 2)")
        XCTAssertEqual(e.traceback[2], "  | " + String(repeating: " ", count: column - 1) + "^")
        XCTAssertEqual(column, 14)
    }

    func testColumnsCountCharactersNotBytes() throws {
        let e = try XCTUnwrap(Session().error("let é = \"ü\" + )"))
        XCTAssertTrue(e.traceback[0].hasPrefix("<cell>:1:15:"), e.traceback[0])
    }

    func testUnterminatedStringAndBracket() {
        XCTAssertEqual(Session().error("print(\"abc)")?.kind, "SyntaxError")
        XCTAssertEqual(Session().error("func f() {\n  print(1)\n")?.kind, "SyntaxError")
        XCTAssertEqual(Session().error("let = 5")?.kind, "SyntaxError")
    }

    func testParserAcceptsTheWholeSurface() {
        let source = """
            import Foundation
            @discardableResult func f<T>(_ x: T, y: Int = 1, _ rest: Int..., z: inout Double) throws -> T? where T: Equatable { x }
            private final class A: B, C { static let k = 1; lazy var v: [Int: [String]] = [:]; subscript(i: Int) -> Int { get { i } set { } } }
            struct S { mutating func m() { self = S() } }
            enum E: Int, CaseIterable { case a = 1, b; indirect case c(E) }
            protocol P { func p() -> Int }
            extension Array where Element == Int { func total() -> Int { reduce(0, +) } }
            let c: (Int, Double) -> Void = { [weak self] (a: Int, b) in _ = a }
            let t = x as? Int ?? y as! Double
            if case .some(let v) = opt, v is Int { }
            switch x { case let (a, b) where a > b: break; case .a, .b: fallthrough; default: () }
            defer { }
            do { try f() } catch { print(error) }
            """
        XCTAssertNoThrow(try Parser.parseReportingDiagnostic(source))
    }

    func testRuntimeErrorHasKindMessageAndTraceback() throws {
        let s = Session()
        s.run("""
            func inner(_ xs: [Int]) -> Int {
                return xs[5]
            }
            func outer() -> Int {
                let v = inner([1, 2])
                return v
            }
            """)
        let e = try XCTUnwrap(s.error("let ok = 1\nprint(outer())"))
        XCTAssertEqual(e.kind, "IndexOutOfRange")
        XCTAssertTrue(e.message.contains("5"), e.message)
        // Outermost frame first, each with its line.
        XCTAssertEqual(e.traceback.count, 3, "\(e.traceback)")
        XCTAssertTrue(e.traceback[0].contains("<top level>") && e.traceback[0].contains("line 2"), e.traceback[0])
        XCTAssertTrue(e.traceback[1].contains("outer") && e.traceback[1].contains("line 5"), e.traceback[1])
        XCTAssertTrue(e.traceback[2].contains("inner") && e.traceback[2].contains("line 2"), e.traceback[2])
    }

    func testErrorKinds() {
        assertFails("let d = [\"a\": 1]\nlet n: Int = d[\"b\"]!", kind: "UnwrapNil")
        assertFails("print(1 + \"a\")", kind: "TypeMismatch")
        assertFails("let x = 5\nx()", kind: "TypeMismatch")
        assertFails("undefinedFunction(1)", kind: "UndefinedName")
        assertFails("class K {}\nprint(K().missing)", kind: "TypeMismatch", message: "missing")
    }

    /// A misspelt name or member offers the closest one (locals, globals, members), only when close.
    func testMisspeltNamesSuggestTheClosest() {
        assertFails("func f() {\n    let total = 1\n    print(totl)\n}\nf()", kind: "UndefinedName",
                    message: "cannot find 'totl' in scope; did you mean 'total'?")
        assertFails("let learningRate = 0.1\nprint(learningRat * 2)", kind: "UndefinedName",
                    message: "did you mean 'learningRate'?")
        assertFails("struct P { var x = 1.0 }\nprint(P().xx)", kind: "TypeMismatch",
                    message: "value of type 'P' has no member 'xx'; did you mean 'x'?")
        let far = Session().error("print(somethingElse)")
        XCTAssertEqual(far?.message, "cannot find 'somethingElse' in scope")
    }

    /// The terminal and the notebook show an error as the docs do: `Kind: message`, then the frames.
    func testErrorTextStartsWithKindAndMessage() throws {
        let e = try XCTUnwrap(Session().error("func f() { print([1][3]) }\nf()"))
        XCTAssertEqual(e.description.split(separator: "\n").map(String.init), [
            "IndexOutOfRange: index 3 is out of range for an array of 1 element",
            "  at <top level> (<cell>, line 2)",
            "  at f (<cell>, line 1)",
        ])
    }
}
