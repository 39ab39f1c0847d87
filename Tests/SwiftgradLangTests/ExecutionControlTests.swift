import Foundation
import XCTest
@testable import SwiftgradLang

/// Interrupts, the recursion limit, and freeing long object chains.
final class ExecutionControlTests: XCTestCase {
    /// Runs `source` on a background queue, interrupts it after `delay`, and returns the error and
    /// how long after the interrupt the cell returned.
    func interruptRun(_ s: Session, _ source: String, after delay: TimeInterval) -> (ScriptError?, TimeInterval) {
        final class Outcome: @unchecked Sendable {
            var failure: ScriptError?
            var finished = Date.distantFuture
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let r = s.interpreter.execute(source)
            outcome.finished = Date()
            if case let .failure(e) = r { outcome.failure = e }
            done.signal()
        }
        Thread.sleep(forTimeInterval: delay)
        let interruptedAt = Date()
        s.interpreter.interrupt()
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success, "the cell did not stop")
        return (outcome.failure, outcome.finished.timeIntervalSince(interruptedAt))
    }

    func testInterruptStopsAnInfiniteLoopQuickly() {
        let s = Session()
        s.run("var kept = 42")
        let (e, latency) = interruptRun(s, "while true {}", after: 0.3)
        XCTAssertEqual(e?.kind, "Interrupted")
        XCTAssertLessThan(latency, 0.1)
        // The interpreter is usable afterwards and kept its state.
        XCTAssertEqual(s.run("print(kept)").output, "42\n")
    }

    func testInterruptStopsDeepRecursionQuickly() {
        let s = Session()
        let (e, latency) = interruptRun(s, """
            func spin(_ n: Int) -> Int { n == 0 ? 0 : spin(n - 1) + spin(n - 1) }
            print(spin(100))
            """, after: 0.3)
        XCTAssertEqual(e?.kind, "Interrupted")
        XCTAssertLessThan(latency, 0.1)
    }

    /// Unwinding recorded each frame by copying the whole traceback so far: quadratic, seconds at
    /// the 10,000-call limit. Now each level appends in O(1).
    func testDeepRecursionUnwindsQuicklyAfterAnInterrupt() throws {
        let s = Session()
        s.run("var kept = 42")
        let (e, latency) = interruptRun(s, "func down(_ n: Int) { if n > 0 { down(n - 1) } else { while true {} } }\ndown(9_990)", after: 1.5)
        XCTAssertEqual(e?.kind, "Interrupted")
        XCTAssertLessThan(latency, 2, "unwinding 9,990 frames")
        XCTAssertTrue(e?.traceback.joined().contains("repeated 9990 more times") ?? false, "\(e?.traceback ?? [])")
        let start = Date()
        XCTAssertEqual(s.error("func f(_ n: Int) -> Int { n == 0 ? 0 : 1 + f(n - 1) }\nprint(f(100_000))")?.kind, "StackOverflow")
        XCTAssertLessThan(Date().timeIntervalSince(start), 4, "reaching and unwinding the recursion limit")
        XCTAssertEqual(s.run("print(kept)").output, "42\n")
    }

    func testInterruptStopsALoopInsideAClosure() {
        let s = Session()
        let (e, latency) = interruptRun(s, "[1, 2, 3].forEach { _ in var i = 0; repeat { i += 1 } while i >= 0 }", after: 0.2)
        XCTAssertEqual(e?.kind, "Interrupted")
        XCTAssertLessThan(latency, 0.1)
    }

    func testRecursionPastTheLimitIsAStackOverflowError() throws {
        let s = Session()
        let e = try XCTUnwrap(s.error("func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }\nprint(down(1_000_000))"))
        XCTAssertEqual(e.kind, "StackOverflow")
        XCTAssertTrue(e.message.contains("\(Runtime.maxCallDepth)"), e.message)
        // Just under the limit works, and the interpreter keeps working after the overflow.
        XCTAssertEqual(s.run("print(down(\(Runtime.maxCallDepth - 10)))").output, "\(Runtime.maxCallDepth - 10)\n")
    }

    func testUnboundedMutualRecursionThroughMethodsOverflowsCleanly() {
        assertFails("""
            class A { func ping(_ n: Int) -> Int { B().pong(n + 1) } }
            class B { func pong(_ n: Int) -> Int { [n].map { A().ping($0) }[0] } }
            print(A().ping(0))
            """, kind: "StackOverflow")
    }

    func testReleasingALongChainDoesNotRecurse() {
        assertPrints("""
            class Link {
                var next: Link?
                var payload: [Int] = [1]
                init(_ next: Link?) { self.next = next }
            }
            var head: Link? = nil
            for _ in 0..<300_000 { head = Link(head) }
            head = nil
            var list: [Any] = []
            for _ in 0..<200_000 { list = [list] }
            list = []
            print("freed")
            """, "freed\n")
    }
}
