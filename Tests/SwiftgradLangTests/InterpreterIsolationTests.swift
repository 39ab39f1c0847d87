import XCTest
@testable import SwiftgradLang

/// Two interpreters in one process (tests, a future subshell) keep their own state.
final class InterpreterIsolationTests: XCTestCase {
    private let draw = "print(Int.random(in: 0..<1_000_000_000), Double.random(in: 0...1), [1, 2, 3, 4, 5, 6].shuffled())"

    func testEachInterpreterDrawsFromItsOwnRandomStream() {
        let a = Session(), b = Session()
        let first = a.run(draw).output
        let second = a.run(draw).output
        XCTAssertNotEqual(first, second, "an interpreter's stream moves on")
        XCTAssertEqual(b.run(draw).output, first, "A's draws did not move B's stream: B starts where A started")
    }

    func testARoutedRandomSourceStaysWithItsInterpreter() {
        let a = Session(), b = Session()
        a.interpreter.randomBits = { 0 }
        XCTAssertEqual(a.run("print(Int.random(in: 0..<1000))").output, "0\n")
        XCTAssertEqual(b.run(draw).output, Session().run(draw).output, "B still draws from its own stream")
    }

    func testEachScriptThreadSeesItsOwnRuntime() {
        let a = Session(), b = Session()
        a.run("struct P: CustomStringConvertible { var description: String { \"P of A\" } }")
        b.run("struct P: CustomStringConvertible { var description: String { \"P of B\" } }")
        XCTAssertTrue(a.interpreter.thread.run { Runtime.current === a.interpreter.runtime })
        XCTAssertTrue(b.interpreter.thread.run { Runtime.current === b.interpreter.runtime })
        XCTAssertEqual(a.run("print(P())").output, "P of A\n")
        XCTAssertEqual(b.run("print(P())").output, "P of B\n")
        XCTAssertNil(Runtime.current, "a thread that runs no interpreter has no current runtime")
    }
}
