import Dispatch
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

    private let cycles = """
        class Node { var next: Node? = nil; var f: () -> Void = {} }
        func garbage(_ n: Int) { for _ in 0..<n { let a = Node(), b = Node(); a.next = b; b.next = a; a.f = { print(a) } } }
        """

    func testEachInterpreterCollectsOnlyItsOwnObjects() {
        let a = Session(), b = Session()
        a.run(cycles)
        b.run(cycles)
        a.collect()
        b.collect()
        let aLive = a.heap.liveObjects, bLive = b.heap.liveObjects
        b.run("garbage(300)")
        XCTAssertEqual(a.heap.liveObjects, aLive, "B's objects were made in B's heap")
        // Two nodes and one capturing closure per round (`f`'s `{}` is one shared value, made when
        // `Node` was declared).
        XCTAssertGreaterThanOrEqual(b.heap.liveObjects, bLive + 900)
        let aFreed = a.heap.freedByCollector
        XCTAssertEqual(a.collect(), 0, "A's collection found none of B's garbage")
        XCTAssertEqual(a.heap.freedByCollector, aFreed)
        XCTAssertGreaterThanOrEqual(b.collect(), 900, "B's collection freed B's cycles")
        XCTAssertLessThan(b.heap.liveObjects, bLive + 10)
    }

    func testTypesAndTheirVersionsAreAnInterpretersOwn() {
        let a = Session(), b = Session()
        a.run("struct Point { var x = 1.0 }")
        XCTAssertEqual(b.error("let p = Point()")?.kind, "UndefinedName", "a type declared in A is unknown to B")
        let bEpoch = b.heap.typeEpoch
        a.run("extension Point { func twice() -> Double { 2 * x } }")
        XCTAssertEqual(a.run("print(Point().twice())").output, "2.0\n")
        XCTAssertEqual(b.heap.typeEpoch, bEpoch, "an extension in A leaves B's call-site caches valid")
    }

    func testTwoInterpretersRunCellsAtTheSameTime() {
        let sessions = [Session(), Session()]
        for s in sessions { s.run(cycles + "\nvar kept: [Node] = []"); s.collect() }
        let live = sessions.map { $0.heap.liveObjects }
        // Each round allocates well past the collection threshold, so both collectors run while the
        // other interpreter allocates and frees on its own thread.
        let outputs = UnsafeMutableBufferPointer<String>.allocate(capacity: 2)
        outputs.initialize(repeating: "")
        defer { outputs.deallocate() }
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let s = sessions[i]
            var out = ""
            for round in 0..<3 {
                out += s.run("garbage(8000); kept.append(Node()); print(\(round), kept.count)").output
            }
            outputs[i] = out
        }
        for (i, s) in sessions.enumerated() {
            XCTAssertEqual(outputs[i], "0 1\n1 2\n2 3\n")
            XCTAssertGreaterThan(s.heap.collections, 0)
            s.collect()
            XCTAssertLessThan(s.heap.liveObjects, live[i] + 100, "interpreter \(i) kept its garbage")
        }
    }

    func testLabelAndImplicitMemberTablesAreAnInterpretersOwn() {
        let a = Session(), b = Session()
        let ra = a.interpreter.runtime, rb = b.interpreter.runtime
        let bLabels = b.interpreter.thread.run { rb.labelSignatures.count }
        a.run("func f(alpha x: Int, beta y: Int) -> Int { x + y }\nlet s = f(alpha: 1, beta: 2)\nlet o: FloatingPointSign = .minus")
        XCTAssertEqual(a.run("print(s, o == .minus)").output, "3 true\n")
        XCTAssertEqual(b.interpreter.thread.run { rb.labelSignatures.count }, bLabels, "A's labels were interned in A")
        let names = { (rt: Runtime, i: Interpreter) in i.thread.run { rt.implicitMembers.type.cases.map(\.name) } }
        XCTAssertTrue(names(ra, a.interpreter).contains("minus"))
        XCTAssertFalse(names(rb, b.interpreter).contains("minus"), "A's implicit members are not B's")
        XCTAssertFalse(a.interpreter.thread.run { ra.implicitMembers.type } === b.interpreter.thread.run { rb.implicitMembers.type })
    }
}
