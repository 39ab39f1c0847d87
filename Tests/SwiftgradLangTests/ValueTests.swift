import XCTest
@testable import SwiftgradLang

/// Ints, Doubles, Bools, strings and optionals behave (and print) as in Swift.
final class ValueTests: XCTestCase {
    func testIntArithmeticAndIntegerDivision() {
        assertPrints("print(7 / 2, -7 / 2, 7 % 3, -7 % 3, 2 + 3 * 4, (2 + 3) * 4)", "3 -3 1 -1 14 20\n")
    }

    func testIntDoubleMixPromotesToDouble() {
        assertPrints("print(7.0 / 2, 1 + 0.5, 2 * 1.5, 3 - 0.25)", "3.5 1.5 3.0 2.75\n")
    }

    func testDoublePrintsLikeSwift() {
        assertPrints("""
            print(49.0, 0.1 + 0.2, 1e20, 1e16, 1.0 / 3.0, -0.0, 100.0, 2.5e-5)
            print(Double.infinity, -Double.infinity, Double.nan, Double.pi)
            """, """
            49.0 0.30000000000000004 1e+20 1e+16 0.3333333333333333 -0.0 100.0 2.5e-05
            inf -inf nan 3.141592653589793

            """)
    }

    func testPowerOperator() {
        assertPrints("print(2 ** 10, 2.0 ** 3, 9 ** 0.5, (-2) ** 3)", "1024 8.0 3.0 -8\n")
    }

    func testIntOverflowIsAScriptError() {
        assertFails("let x = Int.max\nprint(x + 1)", kind: "Overflow")
        assertFails("print(Int.min - 1)", kind: "Overflow")
        assertFails("print(Int.max * 2)", kind: "Overflow")
        assertFails("print(2 ** 64)", kind: "Overflow")
        assertFails("var x = Int.max\nx += 1", kind: "Overflow")
        assertFails("print(-Int.min)", kind: "Overflow")
        assertFails("print(Int.min / -1)", kind: "Overflow")
    }

    func testDivisionByZero() {
        assertFails("let z = 0\nprint(1 / z)", kind: "DivisionByZero")
        assertFails("let z = 0\nprint(1 % z)", kind: "DivisionByZero")
        assertPrints("print(1.0 / 0.0, -1.0 / 0.0)", "inf -inf\n")
    }

    func testTypeAnnotationsGiveLiteralsTheirType() {
        assertPrints("""
            let x: Double = 2
            var y: Double = 0
            y = 3
            func half(_ v: Double) -> Double { v / 2 }
            print(x, y, half(3), half(3) == 1.5)
            """, "2.0 3.0 1.5 true\n")
    }

    func testAnnotationViolationIsATypeMismatch() {
        assertFails("let s: Int = \"hi\"", kind: "TypeMismatch")
        assertFails("func f(_ x: Double) -> Double { x }\nprint(f(\"no\"))", kind: "TypeMismatch")
    }

    func testBoolsAndComparisons() {
        assertPrints("print(true && false, true || false, !true, 1 < 2, 2.5 >= 2, 1 == 1.0, \"a\" < \"b\")",
                     "false true false true true true true\n")
    }

    func testStringsInterpolationAndMultiline() {
        assertPrints("""
            let n = 3
            let name = "Ada"
            print("\\(name) has \\(n * 2) apples, \\(1.5 + 1)")
            let poem = \"\"\"
                roses
                  are \\(n)
                \"\"\"
            print(poem)
            print("tab\\tquote\\" back\\\\slash")
            print("a" + "b", "ab".count, "héllo".count)
            """, "Ada has 6 apples, 2.5\nroses\n  are 3\ntab\tquote\" back\\slash\nab 2 5\n")
    }

    func testOptionals() {
        assertPrints("""
            var x: Int? = nil
            print(x ?? 5, x == nil)
            x = 3
            if let v = x { print("got", v) }
            print(x ?? 5, x!)
            func first(_ xs: [Int]) -> Int? {
                guard let f = xs.first else { return nil }
                return f
            }
            print(first([]) == nil, first([4, 5])!)
            let words: [String]? = ["a", "bb"]
            print(words?.count ?? 0, words?.first?.count ?? 0)
            let none: [String]? = nil
            print(none?.count ?? -1)
            let oa: Int? = 1, ob: Int? = 2
            if let a = oa, let b = ob, a < b { print("both", a + b) }
            """, "5 true\ngot 3\n3 3\ntrue 4\n2 1\n-1\nboth 3\n")
    }

    func testForceUnwrapOfNilFails() {
        assertFails("let x: Int? = nil\nprint(x!)", kind: "UnwrapNil")
    }

    func testDiscardAndTypeConversions() {
        assertPrints("""
            _ = 5 + 5
            print(Double(3), Int(3.9), Int(-3.9), Int("42")!, Int("x") == nil, Double("2.5")!, String(7))
            print(Int(2.0e3), (2.5).rounded(), (3.5).rounded(), (-2.5).rounded(), Double(7) / 2)
            """, "3.0 3 -3 42 true 2.5 7\n2000 3.0 4.0 -3.0 3.5\n")
    }
}
