import XCTest
@testable import SwiftgradLang

/// The kernel's services: completion, inspection, `help`, is-complete.
final class ServiceTests: XCTestCase {
    func testCompletesGlobalsKeywordsAndBuiltins() {
        let s = Session()
        s.run("let learningRate = 0.1\nfunc learn() {}")
        let c = s.interpreter.complete("print(lear", cursor: 10)
        XCTAssertEqual(c.matches, ["learn", "learningRate"])
        XCTAssertEqual(c.cursorStart, 6)
        XCTAssertEqual(c.cursorEnd, 10)
        XCTAssertTrue(s.interpreter.complete("gua", cursor: 3).matches.contains("guard"))
        XCTAssertTrue(s.interpreter.complete("sq", cursor: 2).matches.contains("sqrt"))
    }

    func testCompletesMembersAfterADot() {
        let s = Session()
        s.run("""
            class Model { var weights = [1.0]; var layers = [Layer()]; func train() {} }
            class Layer { var size = 3 }
            let model = Model()
            let names = ["a"]
            """)
        let c = s.interpreter.complete("model.", cursor: 6)
        XCTAssertEqual(c.cursorStart, 6)
        XCTAssertTrue(Set(c.matches).isSuperset(of: ["weights", "layers", "train"]), "\(c.matches)")
        XCTAssertEqual(s.interpreter.complete("model.tr", cursor: 8).matches, ["train"])
        XCTAssertTrue(s.interpreter.complete("names.app", cursor: 9).matches.contains("append"))
        XCTAssertTrue(s.interpreter.complete("model.weights.cou", cursor: 17).matches.contains("count"))
        XCTAssertEqual(s.interpreter.complete("unknown.x", cursor: 9).matches, [])
    }

    func testInspectsBuiltinsAndUserNames() throws {
        let s = Session()
        s.run("""
            /// Adds two numbers.
            func add(_ a: Int, to b: Int) -> Int { a + b }
            var epochs = 12
            """)
        let sq = try XCTUnwrap(s.interpreter.inspect("sqrt", cursor: 2, detailLevel: 0)).plainText
        XCTAssertTrue(sq.contains("sqrt("), sq)
        let add = try XCTUnwrap(s.interpreter.inspect("add(1, to: 2)", cursor: 1, detailLevel: 0)).plainText
        XCTAssertTrue(add.contains("func add(_ a: Int, to b: Int) -> Int"), add)
        XCTAssertTrue(add.contains("Adds two numbers."), add)
        let ep = try XCTUnwrap(s.interpreter.inspect("epochs", cursor: 6, detailLevel: 0)).plainText
        XCTAssertEqual(ep, "epochs: Int = 12")
        XCTAssertNil(s.interpreter.inspect("nothingHere", cursor: 3, detailLevel: 0))
    }

    func testHelpPagesTheDescription() throws {
        let s = Session()
        s.run("help(max)")
        let page = try XCTUnwrap(s.host.pages.first).plainText
        XCTAssertTrue(page.contains("max("), page)
    }

    func testIsComplete() {
        let i = Interpreter()
        XCTAssertEqual(i.isComplete("let x = 1"), .complete)
        XCTAssertEqual(i.isComplete(""), .complete)
        XCTAssertEqual(i.isComplete("func f() {"), .incomplete(indent: "    "))
        XCTAssertEqual(i.isComplete("for i in 0..<3 {\n    if i > 1 {"), .incomplete(indent: "        "))
        XCTAssertEqual(i.isComplete("let xs = [1, 2,"), .incomplete(indent: ""))
        XCTAssertEqual(i.isComplete("print(\"\"\"\nabc"), .incomplete(indent: ""))
        XCTAssertEqual(i.isComplete("let y = 1 +"), .incomplete(indent: ""))
        XCTAssertEqual(i.isComplete("let = )"), .invalid)
    }
}
