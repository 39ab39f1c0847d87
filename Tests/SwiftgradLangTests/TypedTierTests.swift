import Foundation
import XCTest
@testable import SwiftgradLang

/// The typed tier (Compiler/Typed): functions over Int/Double/Bool run over raw slots, with the
/// general path's results, errors, limits, interrupts and redefinition across cells.
final class TypedTierTests: XCTestCase {
    /// Whether global `name` holds a function compiled into the typed tier.
    func isTyped(_ s: Session, _ name: String) -> Bool {
        guard let cell = s.interpreter.runtime.globals[name], let u = cell.value.unmanagedScriptFunction else { return false }
        return u._withUnsafeGuaranteedRef { $0.proto.typedBody != nil }
    }

    static let program = """
        func fib(_ n: Int) -> Int {
            if n < 2 { return n }
            return fib(n - 1) + fib(n - 2)
        }
        func sumTo(_ n: Int) -> Int {
            var total = 0
            for i in 0..<n { total += i }
            for _ in 1...3 { total *= 2 }
            var j = 0
            while true {
                j += 1
                if j == 5 { continue }
                if j > 8 { break }
                total -= 1
            }
            return total
        }
        func mean(_ a: Double, _ b: Double) -> Double { return (a + b) / 2 }
        func scaled(_ n: Int, by f: Double) -> Double { let h: Double = 1 / 2; return Double(n) * f * h - -1.5 }
        func isEven(_ n: Int) -> Bool { n % 2 == 0 && !(n < 0) }
        func pick(_ c: Bool, _ a: Int, _ b: Int) -> Int { c ? a : b }
        func grow(_ x: Int) -> Int { return x * x * x * x * x }
        func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
        func divide(_ a: Int, by b: Int) -> Int { return a / b }
        func sign(_ x: Double) -> Int {
            if x < 0 { return -1 } else if x == 0 { return 0 } else { return 1 }
        }
        """

    func testTypedFunctionsGiveTheGeneralPathsResults() {
        let s = Session()
        s.run(Self.program)
        for name in ["fib", "sumTo", "mean", "scaled", "isEven", "pick", "grow", "depth", "divide", "sign"] {
            XCTAssertTrue(isTyped(s, name), "\(name) is not in the typed tier")
        }
        let calls = "print(fib(20), sumTo(100), mean(1, 2), scaled(3, by: 2), isEven(4), isEven(7), isEven(-2), pick(false, 1, 2), sign(-0.5), sign(0), sign(3), divide(-7, by: 2))"
        XCTAssertEqual(s.run(calls).output, "6765 39593 1.5 4.5 true false false 2 -1 0 1 -3\n")
        // The same program where nothing is typed (`_ = 0` opening a body keeps it general).
        let general = Session()
        general.run(Self.program.split(separator: "\n").map { line -> String in
                line.hasPrefix("func ") && line.hasSuffix("{") ? line + " _ = 0" : String(line)
            }.joined(separator: "\n"))
        XCTAssertFalse(isTyped(general, "fib"))
        XCTAssertEqual(general.run(calls).output, s.run(calls).output)
    }

    func testErrorsAreTheGeneralPathsErrors() {
        let s = Session()
        s.run(Self.program)
        let overflow = s.error("grow(100000)")
        XCTAssertEqual(overflow?.kind, "Overflow")
        XCTAssertEqual(overflow?.message, "arithmetic overflow: 1000000000000000 * 100000 does not fit in Int")
        XCTAssertEqual(s.error("divide(1, by: 0)")?.message, "division by zero")
        XCTAssertEqual(s.error("divide(Int.min, by: -1)")?.kind, "Overflow")
        let deep = s.error("depth(20000)")
        XCTAssertEqual(deep?.kind, "StackOverflow")
        XCTAssertEqual(deep?.message, "recursion deeper than 10000 calls")
        XCTAssertEqual(s.run("print(depth(5000))").output, "5000\n")
        XCTAssertEqual(s.error("sumTo(-1)")?.message, "range requires lowerBound <= upperBound (0..<-1)")
    }

    func testTracebacksAreTheGeneralPaths() {
        func traceback(_ opening: String) -> [String]? {
            let s = Session()
            s.run("""
                func f(_ n: Int) -> Int {\(opening)
                    if n * 1000000000000 < 2 {
                        return n
                    }
                    return f(n - 1)
                }
                """)
            XCTAssertEqual(isTyped(s, "f"), opening.isEmpty)
            return s.error("f(90000000)")?.traceback
        }
        let typed = traceback("")
        XCTAssertNotNil(typed)
        XCTAssertEqual(typed, traceback(" _ = 0"))
    }

    func testInterruptStopsATypedLoop() {
        let s = Session()
        s.run("func spin() -> Int { var i = 0; while true { i += 1 }; return i }")
        XCTAssertTrue(isTyped(s, "spin"))
        final class Outcome: @unchecked Sendable { var failure: ScriptError? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            if case let .failure(e) = s.interpreter.execute("spin()") { outcome.failure = e }
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        s.interpreter.interrupt()
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success, "the cell did not stop")
        XCTAssertEqual(outcome.failure?.kind, "Interrupted")
    }

    func testRedefinitionInALaterCellIsSeenByTypedCallers() {
        let s = Session()
        s.run("""
            func step(_ n: Int) -> Int { n + 1 }
            func twice(_ n: Int) -> Int { step(step(n)) }
            """)
        XCTAssertTrue(isTyped(s, "twice"))
        XCTAssertEqual(s.run("print(twice(1))").output, "3\n")
        s.run("func step(_ n: Int) -> Int { n * 10 }")
        XCTAssertEqual(s.run("print(twice(1))").output, "100\n")
        // Redefined outside the subset: typed callers call it through the general path.
        s.run("func step(_ n: Int) -> Int { print(\"general\", n); return n - 1 }")
        XCTAssertFalse(isTyped(s, "step"))
        XCTAssertEqual(s.run("print(twice(1))").output, "general 1\ngeneral 0\n-1\n")
    }

    func testFunctionsOutsideTheSubsetStayGeneral() {
        let s = Session()
        s.run("""
            var counter = 0
            func usesGlobal(_ n: Int) -> Int { counter += n; return counter }
            func mixes(_ n: Int, _ x: Double) -> Double { return x * 2 }
            func noAnnotation(_ n: Int) { print(n) }
            func text(_ n: Int) -> String { "\\(n)" }
            func mixed(_ n: Int) -> Double { let d = 1.5; return d }
            """)
        XCTAssertFalse(isTyped(s, "usesGlobal"))
        XCTAssertFalse(isTyped(s, "noAnnotation"))
        XCTAssertFalse(isTyped(s, "text"))
        XCTAssertTrue(isTyped(s, "mixes"))
        XCTAssertTrue(isTyped(s, "mixed"))
        XCTAssertEqual(s.run("print(usesGlobal(2), usesGlobal(3), mixes(1, 2), text(4), mixed(0))").output, "2 5 4.0 4 1.5\n")
    }
}
