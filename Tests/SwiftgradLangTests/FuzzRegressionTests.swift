import XCTest
@testable import SwiftgradLang

/// Inputs the fuzz test (or reading the code while fixing its findings) turned up, minimised: each
/// used to trap, hang past an interrupt, or exhaust memory.
final class FuzzRegressionTests: XCTestCase {
    func testHugeShorthandArgumentIndexIsASyntaxError() {
        assertFails("print([1].map { $100000000 })", kind: "SyntaxError", message: "out of range")
        assertPrints("print([1, 2].reduce(0) { $0 + $1 })", "3\n")
    }

    func testPropertyInitializerThatBuildsItsOwnTypeOverflowsCleanly() {
        assertFails("struct P {\n  var x: Int\n  var p = P(x: 1)\n}\nlet a = P(x: 2)", kind: "StackOverflow")
        assertFails("class C { var next = C() }\nlet c = C()", kind: "StackOverflow")
    }

    func testTypeDeclaredInALoopOrFunctionBodyCanBeUsedOnEveryRun() {
        assertPrints("for j in 0..<3 {\n  class W { func m() { print(1, terminator: \"\") } }\n  W().m()\n}\nprint()", "111\n")
        assertPrints("func f(_ x: Int) {\n  struct W { var v: Int; func m() { print(v) } }\n  W(v: x).m()\n}\nf(1)\nf(2)\nf(3)", "1\n2\n3\n")
        assertPrints("""
            func make(_ k: Int) -> Int {
                class Counter { var n = 0; func bump() -> Int { n += 1; return n } }
                let c = Counter()
                for _ in 0..<k { _ = c.bump() }
                return c.bump()
            }
            var total = 0
            for k in 0..<50 { total += make(k) }
            print(total)
            """, "1275\n")
    }

    /// `A() == .speak()`: an implicit member that the other operand's type does not have stays
    /// unresolved; resolving it again and again overflowed the stack (a crash found by FuzzTests).
    func testImplicitMemberAgainstATypeWithoutItDoesNotRecurse() {
        assertPrints("class A {}\nprint(A() == .speak())", "false\n")
    }
}
