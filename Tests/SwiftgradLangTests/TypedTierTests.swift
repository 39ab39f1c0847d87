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

    /// The same program with every function kept on the general path (`_ = 0` opening a body).
    func generalSession(_ program: String) -> Session {
        let general = Session()
        general.run(program.split(separator: "\n").map { line -> String in
                line.hasPrefix("func ") && line.hasSuffix("{") ? line + " _ = 0" : String(line)
            }.joined(separator: "\n"))
        return general
    }

    /// Arguments computed inside the call site (locals, literals, `n - 1`, `n + 1`) and as
    /// expressions, in calls of one, two and three parameters, and conditions tested inline (a
    /// local against a literal or a local, Int and Double, every comparison).
    func testCallArgumentsAndConditionsOfEveryShape() {
        let program = """
            func add3(_ a: Int, _ b: Int, _ c: Int) -> Int {
                return a * 100 + b * 10 + c
            }
            func two(_ a: Int, _ b: Double) -> Double {
                return Double(a) + b
            }
            func one(_ x: Double) -> Double {
                return x * 2
            }
            func inc(_ n: Int) -> Int {
                return n + 1
            }
            func flag(_ b: Bool, _ n: Int) -> Int {
                return b ? n : -n
            }
            func shapes(_ n: Int, _ d: Double) -> Double {
                let k = add3(n, n - 1, n + 1) + add3(3, n * 2, -n) + inc(n) + inc(n + 1) + inc(7) + flag(true, n - 3) + flag(n > 2, 4)
                return two(k, d) + two(n - 2, 0.5) + one(d) + one(2) + one(1.5) + two(n + 3, d + 1) + two(k, 2)
            }
            func compares(_ a: Int, _ b: Int, _ x: Double, _ y: Double) -> Int {
                var r = 0
                if a < 3 { r += 1 }
                if a <= 3 { r += 2 }
                if a > b { r += 4 } else { r += 8 }
                if a >= b { r += 16 }
                if a == 3 { r += 32 }
                if a != b { r += 64 }
                if x < 1.5 { r += 128 }
                if x <= y { r += 256 }
                if x > 2 { r += 512 }
                if x >= y { r += 1024 }
                if x == y { r += 2048 }
                if x != 0.5 { r += 4096 }
                var i = 0
                while i < a { i += 1; r += 10000 }
                while x > 0.25 { return r }
                return -r
            }
            func early(_ n: Int) -> Int {
                if n < 1 { return 7 }
                return early(n - 1) + 1
            }
            func earlyDouble(_ x: Double) -> Double {
                if x > 1 { return x }
                return earlyDouble(x * 2)
            }
            func earlyCall(_ n: Int) -> Int {
                if n != 0 { return inc(n) }
                return 0
            }
            func over(_ n: Int) -> Int {
                return inc(n + 1)
            }
            func under(_ n: Int) -> Int {
                return inc(n - 1)
            }
            """
        let s = Session()
        s.run(program)
        for name in ["add3", "two", "one", "inc", "flag", "shapes", "compares", "early", "earlyDouble", "earlyCall", "over", "under"] {
            XCTAssertTrue(isTyped(s, name), "\(name) is not in the typed tier")
        }
        let general = generalSession(program)
        XCTAssertFalse(isTyped(general, "shapes"))
        var calls = "print(shapes(5, 0.25), shapes(-4, 3), early(10), earlyDouble(0.3), earlyCall(4), earlyCall(0))"
        for (a, b, x, y) in [(1, 2, 0.5, 1.0), (3, 3, 2.5, 2.5), (7, -1, 1.5, 0.25), (-2, 0, 0.25, 0.5)] {
            calls += "; print(compares(\(a), \(b), \(x), \(y)))"
        }
        let typedOutput = s.run(calls).output
        XCTAssertEqual(typedOutput, general.run(calls).output)
        XCTAssertTrue(typedOutput.hasPrefix("1958.5 -458.5 17 1.2 5 0\n"), typedOutput)
        for source in ["over(Int.max)", "under(Int.min)", "over(Int.max - 1)"] {
            let typed = s.error(source), plain = general.error(source)
            XCTAssertNotNil(typed, source)
            XCTAssertEqual(typed?.kind, plain?.kind, source)
            XCTAssertEqual(typed?.message, plain?.message, source)
            XCTAssertEqual(typed?.traceback, plain?.traceback, source)
        }
    }

    /// Typed calls stop at the general path's depth limit exactly, also when frames are large
    /// enough to outgrow the runtime's block of typed frames (those frames go on the native stack).
    func testDepthLimitIsExactAndLargeFramesRecurseToIt() {
        let program = """
            func down(_ n: Int) -> Int {
                if n == 0 { return 0 }
                return down(n - 1)
            }
            func wide(_ n: Int) -> Int {
                let a = n + 1, b = a + 1, c = b + 1, d = c + 1, e = d + 1, f = e + 1, g = f + 1, h = g + 1
                let i = h + 1, j = i + 1, k = j + 1, l = k + 1, m = l + 1, o = m + 1, p = o + 1, q = p + 1
                if n == 0 { return q - p }
                return wide(n - 1) + q - p
            }
            """
        let s = Session()
        s.run(program)
        XCTAssertTrue(isTyped(s, "down"))
        XCTAssertTrue(isTyped(s, "wide"))
        let general = generalSession(program)
        // A call from a cell is depth 1: down(9999) reaches depth 10,000, down(10000) one more.
        XCTAssertEqual(s.run("print(down(9999))").output, "0\n")
        XCTAssertEqual(general.run("print(down(9999))").output, "0\n")
        for source in ["down(10000)", "wide(10000)"] {
            XCTAssertEqual(s.error(source)?.kind, "StackOverflow", source)
            XCTAssertEqual(s.error(source)?.message, general.error(source)?.message, source)
        }
        // 18 slots a frame at depth 9,999 need more than the block holds.
        XCTAssertGreaterThan(18 * 9_999, TypedStack.capacity)
        XCTAssertEqual(s.run("print(wide(9999))").output, "10000\n")
        XCTAssertEqual(s.run("print(down(50), wide(3))").output, "0 4\n")
    }

    /// The folded safe point (`Runtime.fuel`): the depth limit stays exact when general and typed
    /// calls share the stack, an interrupt stops a typed recursion, and a job scheduled while typed
    /// code runs is run by it.
    func testFoldedSafePointKeepsDepthInterruptsAndJobs() {
        let program = """
            func down(_ n: Int) -> Int {
                if n == 0 { return 0 }
                return down(n - 1)
            }
            func viaGeneral(_ k: Int, _ n: Int) -> Int { _ = 0
                if k == 0 { return down(n) }
                return viaGeneral(k - 1, n)
            }
            func fib(_ n: Int) -> Int {
                if n < 2 { return n }
                return fib(n - 1) + fib(n - 2)
            }
            """
        let s = Session()
        s.run(program)
        XCTAssertTrue(isTyped(s, "down"))
        XCTAssertFalse(isTyped(s, "viaGeneral"))
        // viaGeneral(100, n): 101 general frames, then n + 1 typed ones.
        XCTAssertEqual(s.run("print(viaGeneral(100, 9898))").output, "0\n")
        XCTAssertEqual(s.error("viaGeneral(100, 9899)")?.kind, "StackOverflow")
        XCTAssertEqual(s.error("viaGeneral(9999, 0)")?.kind, "StackOverflow")
        XCTAssertEqual(s.run("print(viaGeneral(9998, 0))").output, "0\n")
        let general = generalSession(program)
        XCTAssertEqual(general.run("print(viaGeneral(100, 9898))").output, "0\n")
        XCTAssertEqual(general.error("viaGeneral(100, 9899)")?.kind, "StackOverflow")
        // Many cells at the limit and below it leave the counter consistent.
        for _ in 0..<3 {
            XCTAssertEqual(s.error("down(10000)")?.kind, "StackOverflow")
            XCTAssertEqual(s.run("print(down(9999))").output, "0\n")
        }

        final class Outcome: @unchecked Sendable { var failure: ScriptError?; var jobRan = false }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0), jobDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            if case let .failure(e) = s.interpreter.execute("print(fib(60))") { outcome.failure = e }
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.2)
        s.interpreter.schedule {
            outcome.jobRan = true
            jobDone.signal()
        }
        XCTAssertEqual(jobDone.wait(timeout: .now() + 10), .success, "the job did not run")
        s.interpreter.interrupt()
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success, "the cell did not stop")
        XCTAssertTrue(outcome.jobRan)
        XCTAssertEqual(outcome.failure?.kind, "Interrupted")
        XCTAssertEqual(s.run("print(fib(15))").output, "610\n")
    }

    /// Functions of one cell call each other as typed calls whatever their order (mutual recursion:
    /// the corpus program 932, whose expected output is swiftc's); one whose body is outside the
    /// subset keeps its callers in the cell general.
    func testMutualRecursionInOneCell() throws {
        let (program, expected) = try corpusProgram("932-typed-mutual-recursion")
        let s = Session()
        XCTAssertEqual(s.run(program).output, expected)
        for name in ["isEven", "isOdd", "ping", "pong", "ackermann", "steps", "clamp"] {
            XCTAssertTrue(isTyped(s, name), "\(name) is not in the typed tier")
        }
        XCTAssertEqual(s.error("isEven(10001)")?.kind, "StackOverflow")
        // Redefining one of the pair in a later cell: the other calls the new one.
        s.run("func isOdd(_ n: Int) -> Bool { n % 2 == 1 }")
        XCTAssertEqual(s.run("print(isEven(10001), isEven(4))").output, "false true\n")
        s.run("""
            func callsGeneral(_ n: Int) -> Int {
                return general(n) + 1
            }
            func general(_ n: Int) -> Int {
                print("general", n)
                return n
            }
            """)
        XCTAssertFalse(isTyped(s, "general"))
        XCTAssertFalse(isTyped(s, "callsGeneral"))
        XCTAssertEqual(s.run("print(callsGeneral(4))").output, "general 4\n5\n")
    }

    /// `Int(x)`, `abs`, `min` and `max` in typed functions: the builtins' results, errors and
    /// tracebacks, and a later cell's own `abs` seen by typed callers.
    func testIntConversionAbsMinMax() {
        let program = """
            func toInt(_ x: Double) -> Int {
                return Int(x) + Int(7)
            }
            func spread(_ a: Int, _ b: Int) -> Int {
                return max(a, b) - min(a, b) + abs(a - b) + max(3, 4)
            }
            func spreadDouble(_ a: Double, _ b: Double) -> Double {
                return max(a, b) - min(a, b) + abs(a - b) + abs(-2) + min(1.5, 2)
            }
            func zeros(_ a: Double) -> Double {
                return max(a, -a) + min(-a, a)
            }
            func absolute(_ n: Int) -> Int {
                return abs(n)
            }
            func nan(_ x: Double) -> Int {
                return Int(x / x)
            }
            """
        let s = Session()
        s.run(program)
        for name in ["toInt", "spread", "spreadDouble", "zeros", "absolute", "nan"] {
            XCTAssertTrue(isTyped(s, name), "\(name) is not in the typed tier")
        }
        let general = generalSession(program)
        let calls = "print(toInt(2.9), toInt(-2.9), spread(3, -8), spread(-1, -1), spreadDouble(0.5, -1.25), spreadDouble(2, 2), zeros(0), zeros(-1.5), absolute(-4))"
        XCTAssertEqual(s.run(calls).output, general.run(calls).output)
        XCTAssertEqual(s.run("print(toInt(2.9), spread(3, -8), absolute(-4))").output, "9 26 4\n")
        for source in ["absolute(Int.min)", "toInt(1e19)", "toInt(-1e300)", "nan(0)", "spread(Int.min, 1)"] {
            let typed = s.error(source), plain = general.error(source)
            XCTAssertNotNil(typed, source)
            XCTAssertEqual(typed?.kind, plain?.kind, source)
            XCTAssertEqual(typed?.message, plain?.message, source)
            XCTAssertEqual(typed?.traceback, plain?.traceback, source)
        }
        let redefine = "func abs(_ x: Int) -> Int { return 42 }"
        s.run(redefine)
        general.run(redefine)
        XCTAssertEqual(s.run("print(absolute(-4))").output, general.run("print(absolute(-4))").output)
        // The script's `abs` replaced the builtin: called with a Double, both paths report it.
        XCTAssertEqual(s.error("spreadDouble(1, 2)")?.message, general.error("spreadDouble(1, 2)")?.message)
        XCTAssertNotNil(s.error("spreadDouble(1, 2)"))
    }

    /// A program of tests/corpus/programs and its expected output (swiftc's).
    func corpusProgram(_ name: String) throws -> (program: String, expected: String) {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../tests/corpus/programs/\(name)")
        return (try String(contentsOf: corpus.appendingPathExtension("swift"), encoding: .utf8),
                try String(contentsOf: corpus.appendingPathExtension("expected"), encoding: .utf8))
    }

    /// The builtin types' constants (`Int.max`, `Double.pi`, ...) in typed functions: corpus
    /// program 934, every function typed.
    func testBuiltinConstants() throws {
        let (program, expected) = try corpusProgram("934-typed-builtin-constants")
        let s = Session()
        XCTAssertEqual(s.run(program).output, expected)
        for name in ["smallestSquareAbove", "largestBelow", "circle", "extremes", "tiny"] {
            XCTAssertTrue(isTyped(s, name), "\(name) is not in the typed tier")
        }
        // Other members, and `Int.max` where a Double is wanted, stay general.
        s.run("""
            func other() -> Int { return Int.random(in: 0..<1) }
            func wrongKind() -> Double { return Double(Int.max) + Int.max }
            """)
        XCTAssertFalse(isTyped(s, "other"))
        XCTAssertFalse(isTyped(s, "wrongKind"))
    }
}
