import XCTest
@testable import SwiftgradLang

/// Constructs learners reach for (issue 16): each works as in Swift (the expected texts are what
/// `swiftc`'s binaries print for the same programs), or is a compile-time error naming the construct.
final class SwiftConstructsTests: XCTestCase {
    func testDeferRunsAtScopeExitLastFirst() {
        assertPrints("""
            func f(_ n: Int) -> Int {
                defer { print("first defer") }
                defer { print("second defer", n) }
                if n > 0 { return n * 2 }
                print("body")
                return 0
            }
            print(f(1), f(0))
            for i in 0..<2 { defer { print("end", i) }; print("start", i) }
            enum E: Error { case bad }
            func g() throws { defer { print("cleanup") }; throw E.bad }
            do { try g() } catch { print("caught") }
            """, """
            second defer 1
            first defer
            body
            second defer 0
            first defer
            2 0
            start 0
            end 0
            start 1
            end 1
            cleanup
            caught

            """)
        assertFails("defer { print(1) }", kind: "CompileError", message: "'defer'")
    }

    func testPropertyObservers() {
        assertPrints("""
            class Account {
                var balance: Double = 0 {
                    willSet(v) { print("will set", v) }
                    didSet {
                        if balance < 0 { balance = 0 }
                        print("was", oldValue, "now", balance)
                    }
                }
            }
            let a = Account()
            a.balance = 10
            a.balance -= 30
            print(a.balance)
            class Box { var n = 0 { didSet { print("n", oldValue, "->", n) } } }
            let b = Box(); b.n += 1
            """, """
            will set 10.0
            was 0.0 now 10.0
            will set -20.0
            was 10.0 now 0.0
            0.0
            n 0 -> 1

            """)
        assertFails("var x = 0 { didSet { print(x) } }", kind: "CompileError", message: "'didSet' observers")
    }

    func testPrivateSetSuperPropertyAndSelfInit() {
        assertPrints("""
            struct C { private(set) var n = 0; mutating func inc() { n += 1 } }
            var c = C(); c.inc(); print(c.n)
            class B { var v = 1; var label: String { "B\\(v)" } }
            class D: B {
                override var v: Int { get { super.v + 10 } set { super.v = newValue } }
                override var label: String { "D+" + super.label }
            }
            let d = D(); d.v = 5; print(d.v, d.label)
            class Vehicle {
                var wheels: Int
                init(wheels: Int) { self.wheels = wheels }
                convenience init() { self.init(wheels: 4) }
            }
            struct S { var a: Int; var b: Int; init(a: Int, b: Int) { self.a = a; self.b = b }; init(both: Int) { self.init(a: both, b: both) } }
            print(Vehicle().wheels, S(both: 3).b)
            """, "1\n15 D+B15\n4 3\n")
    }

    func testLibraryAdditions() {
        assertPrints("""
            import Foundation
            var a = 1, b = 2
            swap(&a, &b)
            var xs = [1, 2, 3]
            swap(&xs[0], &xs[2])
            print(a, b, xs)
            print([1, 2, 3].reduce(into: 0) { $0 += $1 }, [1, 2].reduce(into: [Int]()) { $0.append($1 * 2) })
            let d = ["a": 1].merging(["a": 5, "b": 2]) { $0 + $1 }
            var e = ["x": 1]
            e.merge(["x": 2]) { old, _ in old }
            print(d["a"]!, d["b"]!, e["x"]!)
            print(Foundation.exp(0.0), Swift.max(1, 2), Foundation.sqrt(16.0))
            enum Failure: Error { case bad }
            func half(_ x: Int) -> Result<Int, Failure> { x % 2 == 0 ? .success(x / 2) : .failure(.bad) }
            switch half(4) { case .success(let v): print("ok", v); case .failure: print("bad") }
            print((try? half(3).get()) == nil)
            """, "2 1 [3, 2, 1]\n6 [2, 4]\n6 2 1\n1.0 2 4.0\nok 2\ntrue\n")
    }

    func testModuleQualifiedNameReachesTheGlobalPastAMethod() {
        assertPrints("""
            import Foundation
            class Num {
                var x: Double
                init(_ x: Double) { self.x = x }
                func exp() -> Num { Num(Foundation.exp(x)) }
            }
            print(Num(0).exp().x)
            """, "1.0\n")
    }

    func testExtensionsOfBuiltinTypes() {
        assertPrints("""
            extension Double { var squared: Double { self * self }; func twice() -> Double { self * 2 } }
            extension Int { var isEven: Bool { self % 2 == 0 }; func times(_ f: () -> Void) { for _ in 0..<self { f() } } }
            extension Array where Element == Double { func mean() -> Double { reduce(0, +) / Double(count) } }
            extension String { var shout: String { uppercased() + "!" } }
            print((3.0).squared, (1.5).twice(), 4.isEven, [1.0, 2.0, 4.5].mean(), "hi".shout)
            2.times { print("tick") }
            """, "9.0 3.0 true 2.5 HI!\ntick\ntick\n")
        assertFails("extension Numeric { func sq() -> Self { self * self } }", kind: "CompileError", message: "cannot extend 'Numeric'")
    }

    func testProtocolExtensionsGiveDefaults() {
        assertPrints("""
            protocol Shape { var area: Double { get }; func name() -> String }
            extension Shape {
                func describe() -> String { "\\(name()) of area \\(area)" }
                var doubled: Double { area * 2 }
                func name() -> String { "shape" }
            }
            struct Sq: Shape { var s: Double; var area: Double { s * s } }
            struct Ci: Shape { var r: Double; var area: Double { 3 * r * r }; func name() -> String { "circle" } }
            let shapes: [Shape] = [Sq(s: 2), Ci(r: 1)]
            for s in shapes { print(s.describe(), s.doubled, s is Shape) }
            protocol Named { var name: String { get } }
            protocol Greeter: Named {}
            extension Named { func hello() -> String { "hello \\(name)" } }
            class P: Greeter { var name = "ann"; func twice() -> String { hello() + " " + hello() } }
            print(P().twice())
            """, "shape of area 4.0 8.0 true\ncircle of area 3.0 6.0 true\nhello ann hello ann\n")
    }

    func testNestedImplicitMembers() {
        assertPrints("""
            indirect enum Expr {
                case const(Double), x
                case add(Expr, Expr), mul(Expr, Expr)
            }
            func d(_ e: Expr) -> Expr {
                switch e {
                case .const: return .const(0)
                case .x: return .const(1)
                case let .add(a, b): return .add(d(a), d(b))
                case let .mul(a, b): return .add(.mul(d(a), b), .mul(a, d(b)))
                }
            }
            func eval(_ e: Expr, _ x: Double) -> Double {
                switch e {
                case let .const(c): return c
                case .x: return x
                case let .add(a, b): return eval(a, x) + eval(b, x)
                case let .mul(a, b): return eval(a, x) * eval(b, x)
                }
            }
            let f = Expr.add(.mul(.x, .x), .mul(.const(3), .x))
            print(eval(f, 2), eval(d(f), 2))
            enum Phase { case warmup, finetune }
            let phases = [Phase.finetune, .warmup]
            print(phases[1] == .warmup, phases.count)
            """, "10.0 7.0\ntrue 2\n")
    }

    func testFallthrough() {
        assertPrints("""
            for n in 1...3 {
                switch n {
                case 1: print("one"); fallthrough
                case 2: print("one or two")
                default: print("other")
                }
            }
            """, "one\none or two\none or two\nother\n")
        assertFails("fallthrough", kind: "CompileError", message: "'fallthrough'")
    }

    func testUndeclaredOperatorIsASyntaxErrorAndInvalid() {
        assertFails("print(1 +* 2)", kind: "SyntaxError", message: "operator '+*' is not declared")
        XCTAssertEqual(checkCompleteness("1 +* 2"), .invalid)
        XCTAssertEqual(checkCompleteness("let x = √2"), .invalid)
        XCTAssertEqual(checkCompleteness("1 +"), .incomplete(indent: ""))
        assertPrints("""
            infix operator +*: AdditionPrecedence
            func +* (a: Int, b: Int) -> Int { a * 10 + b }
            print(1 +* 2, "\\(3 +* 4)")
            """, "12 34\n")
        let session = Session()
        session.run("infix operator <+>\nfunc <+> (a: Int, b: Int) -> Int { a + b }")
        XCTAssertEqual(session.run("print(1 <+> 2)").output, "3\n", "declared in an earlier cell")
    }
}
