import XCTest
@testable import SwiftgradLang

/// Builtin functions and members of issue 3's library list.
final class LibraryTests: XCTestCase {
    func testPrintSeparatorAndTerminator() {
        assertPrints("""
            print("a", "b", separator: ", ", terminator: "!\\n")
            print(1, 2.0, true, nil as Int?, [1], ["k": 1], separator: "|")
            print()
            """, "a, b!\n1|2.0|true|nil|[1]|[\"k\": 1]\n\n")
    }

    func testEprintGoesToStderr() {
        let s = Session()
        s.run("eprint(\"oops\", 1)\nprint(\"fine\")")
        XCTAssertEqual(s.host.stdout, "fine\n")
        XCTAssertEqual(s.host.stderr, "oops 1\n")
    }

    func testReadLineReadsTheHostsInput() {
        let s = Session()
        s.host.input = ["first", "2"]
        let out = s.run("let a = readLine()!\nlet b = Int(readLine()!)!\nprint(a, b + 1, readLine() == nil)").output
        XCTAssertEqual(out, "first 3 true\n")
    }

    func testMathFunctions() {
        assertPrints("""
            print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 2), sqrt(16.0), pow(2.0, 10))
            print(exp(0.0), log(1.0), sin(0.0), cos(0.0), tanh(0.0), (2.0).squareRoot())
            print(Int.max, Int.min, Double.pi, Double.nan.isNaN, (1.0).isNaN, Double.infinity > 1)
            print((2.567).rounded(), (0.0 / 0.0).isNaN, 1e-3)
            """, """
            3 2.5 1 2.0 4.0 1024.0
            1.0 0.0 0.0 1.0 0.0 1.4142135623730951
            9223372036854775807 -9223372036854775808 3.141592653589793 true false true
            3.0 true 0.001

            """)
    }

    func testStringFormat() {
        assertPrints("""
            import Foundation
            print(String(format: "%.3f", 3.14159), String(format: "%5.1f|%d|%s", 2.25, 42, "x"))
            print(String(format: "%03d %e %%", 7, 12345.678))
            """, "3.142   2.2|42|x\n007 1.234568e+04 %\n")
    }

    func testStringMembers() {
        assertPrints("""
            let s = "hello world"
            print(s.count, s.hasPrefix("he"), s.hasSuffix("ld"), s.contains("lo w"), s.uppercased())
            print(s.split(separator: " "), s.split(separator: " ").map { $0.count })
            print(String(repeating: "ab", count: 3), ["a", "b", "c"].joined(separator: ", "), s.isEmpty, "".isEmpty)
            var t = "x"
            t += "y"
            t.append("z")
            print(t, t == "xyz", Array("abc"))
            for ch in "hi" { print(ch) }
            """, """
            11 true true true HELLO WORLD
            ["hello", "world"] [5, 5]
            ababab a, b, c false true
            xyz true ["a", "b", "c"]
            h
            i

            """)
    }

    func testAssertPreconditionFatalError() {
        assertFails("assert(1 > 2, \"math broke\")", kind: "AssertionFailed", message: "math broke")
        assertFails("precondition(false)", kind: "AssertionFailed", message: "precondition failed")
        assertFails("fatalError(\"stop here\")", kind: "FatalError", message: "stop here")
        assertPrints("assert(true)\nprecondition(1 < 2, \"fine\")\nprint(\"ok\")", "ok\n")
    }

    func testOptionalInitializerWrapsAValue() {
        assertPrints("let o = Optional(3)\nlet n: Int? = nil\nprint(o! + 1, Optional(n) == nil, o ?? 0)", "4 true 3\n")
    }

    func testTypeOfSpellsCollectionsLikeSwift() {
        assertPrints("""
            print(type(of: [1]), type(of: [[1.5]]), type(of: ["k": [true]]), type(of: Set([1])), type(of: (1, [2])))
            print(type(of: 1..<3), type(of: 1...3))
            """, """
            Array<Int> Array<Array<Double>> Dictionary<String, Array<Bool>> Set<Int> (Int, Array<Int>)
            Range<Int> ClosedRange<Int>

            """)
    }
}
