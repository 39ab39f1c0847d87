import XCTest
@testable import SwiftgradLang

/// Cells share state; a final expression is the cell's result; later cells redefine.
final class CellTests: XCTestCase {
    func testStatePersistsAcrossCells() {
        let s = Session()
        s.run("var total = 1\nfunc addOne() { total += 1 }\nclass Box { var v = 5 }\nlet box = Box()")
        s.run("addOne()\nbox.v += total")
        XCTAssertEqual(s.run("print(total, box.v)").output, "2 7\n")
    }

    func testFinalExpressionIsTheResult() {
        let s = Session()
        XCTAssertEqual(s.run("1 + 2").result, "3")
        XCTAssertEqual(s.run("let x = 4\nx * 2.5").result, "10.0")
        XCTAssertEqual(s.run("\"text\"").result, "\"text\"")
        XCTAssertEqual(s.run("[1, 2]").result, "[1, 2]")
        XCTAssertNil(s.run("var y = 1").result)
        XCTAssertNil(s.run("y = 2").result)
        XCTAssertNil(s.run("y += 2").result)
        XCTAssertNil(s.run("print(y)").result)       // Void
        XCTAssertNil(s.run("func f() {}\nf()").result)
        XCTAssertEqual(s.run("y").result, "4")
    }

    func testRedefinitionReplaces() {
        let s = Session()
        s.run("func f() -> Int { 1 }\nclass C { func name() -> String { \"old\" } }")
        s.run("func f() -> Int { 2 }\nclass C { func name() -> String { \"new\" } }")
        XCTAssertEqual(s.run("print(f(), C().name())").output, "2 new\n")
        s.run("let k = 1")
        s.run("let k = 2")   // a new cell may declare a name again
        XCTAssertEqual(s.run("k").result, "2")
    }

    func testErrorLeavesEarlierDefinitionsIntact() {
        let s = Session()
        s.run("var a = 1\nfunc g() -> Int { a * 10 }")
        let e = s.error("a = 5\nlet b = [1][3]\na = 100")
        XCTAssertEqual(e?.kind, "IndexOutOfRange")
        XCTAssertEqual(s.run("print(a, g())").output, "5 50\n")
        XCTAssertEqual(s.error("print(\"unclosed)")?.kind, "SyntaxError")
        XCTAssertEqual(s.run("print(a)").output, "5\n")
    }
}
