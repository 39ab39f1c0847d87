import XCTest
@testable import SwiftgradLang

/// `if`/`guard`/loops/`break`/`continue`/`repeat`.
final class ControlFlowTests: XCTestCase {
    func testIfElseChains() {
        assertPrints("""
            for n in [-1, 0, 5] {
                if n < 0 { print("neg") } else if n == 0 { print("zero") } else { print("pos") }
            }
            let label = 3 > 2 ? "yes" : "no"
            print(label)
            """, "neg\nzero\npos\nyes\n")
    }

    func testGuard() {
        assertPrints("""
            func check(_ x: Int?) -> String {
                guard let v = x, v > 0 else { return "bad" }
                return "ok \\(v)"
            }
            print(check(nil), check(-1), check(2))
            """, "bad bad ok 2\n")
    }

    func testLoopsBreakContinue() {
        assertPrints("""
            var i = 0
            while i < 10 {
                i += 1
                if i % 2 == 0 { continue }
                if i > 7 { break }
                print(i, terminator: " ")
            }
            print()
            var k = 0
            repeat { k += 3 } while k < 10
            print(k)
            outer: for a in 0..<3 {
                for b in 0..<3 {
                    if b == 2 { continue outer }
                    if a == 2 { break outer }
                    print(a, b, terminator: "; ")
                }
            }
            print()
            for x in [1, 2, 3, 4, 5] where x % 2 == 1 { print(x, terminator: "") }
            print()
            for _ in 0..<2 { print("tick") }
            """, "1 3 5 7 \n12\n0 0; 0 1; 1 0; 1 1; \n135\ntick\ntick\n")
    }

    func testLetCannotBeReassigned() {
        assertFails("let x = 1\nx = 2", kind: "ImmutableAssignment")
        assertFails("func f() { let y = 1\n y += 1 }\nf()", kind: "ImmutableAssignment")
    }

    func testUndefinedName() {
        let e = assertFails("print(nope)", kind: "UndefinedName", message: "nope")
        XCTAssertNotNil(e)
    }
}
