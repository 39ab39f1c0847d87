import XCTest
@testable import SwiftgradLang

/// Functions (labels, defaults, variadics, inout, nesting, recursion) and closures.
final class FunctionTests: XCTestCase {
    func testArgumentLabelsDefaultsAndVariadics() {
        assertPrints("""
            func greet(_ name: String, from place: String = "home", times: Int = 1) -> String {
                String(repeating: "hi \\(name) from \\(place); ", count: times)
            }
            print(greet("Ada"))
            print(greet("Bo", from: "work"))
            print(greet("Cy", times: 2))
            func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
            print(sum(), sum(1), sum(1, 2, 3))
            """, "hi Ada from home; \nhi Bo from work; \nhi Cy from home; hi Cy from home; \n0 1 6\n")
    }

    func testWrongLabelIsATypeMismatch() {
        assertFails("func f(x: Int) {}\nf(y: 1)", kind: "TypeMismatch")
        assertFails("func f(x: Int) {}\nf(1)", kind: "TypeMismatch")
    }

    func testInoutWithAmpersand() {
        assertPrints("""
            func bump(_ x: inout Int, by d: Int = 1) { x += d }
            var n = 1
            bump(&n)
            bump(&n, by: 10)
            var xs = [1, 2]
            bump(&xs[1])
            func swapPair(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
            var p = 1, q = 2
            swapPair(&p, &q)
            print(n, xs, p, q)
            """, "12 [1, 3] 2 1\n")
    }

    func testNestedFunctionsAndRecursion() {
        assertPrints("""
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            func outer() -> Int {
                var count = 0
                func visit(_ depth: Int) {
                    count += 1
                    if depth > 0 { visit(depth - 1); visit(depth - 1) }
                }
                visit(3)
                return count
            }
            print(fib(20), outer())
            """, "6765 15\n")
    }

    func testClosureForms() {
        assertPrints("""
            let square = { (x: Double) -> Double in x * x }
            let double: (Int) -> Int = { x in x * 2 }
            let add: (Int, Int) -> Int = { $0 + $1 }
            func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
            print(square(3), double(4), add(1, 2), apply({ $0 + 1 }, to: 1))
            print(apply(double, to: 5))
            let r = [3, 1, 2].sorted { a, b in a > b }
            print(r)
            func twice(_ body: () -> Void) { body(); body() }
            twice { print("hey") }
            """, "9.0 8 3 2\n10\n[3, 2, 1]\nhey\nhey\n")
    }

    func testClosuresCaptureByReference() {
        assertPrints("""
            func makeCounter() -> () -> Int {
                var count = 0
                return { count += 1; return count }
            }
            let c1 = makeCounter(), c2 = makeCounter()
            print(c1(), c1(), c1(), c2())
            var total = 0
            let addTo = { (x: Int) in total += x }
            addTo(5)
            addTo(6)
            print(total)
            var fs: [() -> Int] = []
            for i in 0..<3 { fs.append { i * 10 } }
            print(fs.map { $0() })
            """, "1 2 3 1\n11\n[0, 10, 20]\n")
    }

    func testOperatorsAsFunctionValues() {
        assertPrints("""
            print([1, 2, 3].reduce(0, +), [2, 3].reduce(1, *), [3, 1, 2].sorted(by: <), [1.5, 2.5].reduce(0, +))
            let op: (Int, Int) -> Int = (-)
            print(op(5, 3))
            """, "6 6 [1, 2, 3] 4.0\n2\n")
    }

    func testReturnTypeCoercesIntToDouble() {
        assertPrints("func one() -> Double { return 1 }\nprint(one(), one() / 2)", "1.0 0.5\n")
    }
}
