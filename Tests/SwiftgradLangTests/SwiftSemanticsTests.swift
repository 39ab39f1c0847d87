import XCTest
@testable import SwiftgradLang

/// Constructs that must behave exactly as in Swift: each expected output is what `swiftc` prints.
final class SwiftSemanticsTests: XCTestCase {
    /// A struct's `subscript` and computed-property `set` change the value in its place.
    func testStructSubscriptAndComputedSettersAssign() {
        assertPrints("""
            struct M {
                var data = [0.0, 0.0]
                subscript(i: Int) -> Double {
                    get { data[i] }
                    set { data[i] = newValue }
                }
                var first: Double {
                    get { data[0] }
                    set { data[0] = newValue * 2 }
                }
            }
            var m = M()
            m[0] = 5
            m[1] += 1
            print(m[0], m[1], m.data)
            m.first = 3
            print(m.data)
            m.first += 1
            print(m.data)
            let copy = m
            m[0] = 0
            print(copy.data, m.data)
            struct Holder { var ms = [M(), M()] }
            var h = Holder()
            h.ms[1][0] = 7
            h.ms[0].first = 1
            print(h.ms[1].data, h.ms[0].data)
            """, "5.0 1.0 [5.0, 1.0]\n[6.0, 1.0]\n[14.0, 1.0]\n[14.0, 1.0] [0.0, 1.0]\n[7.0, 0.0] [2.0, 0.0]\n")
    }

    /// A class instance held by a `let` can be changed through its subscript (it is a reference).
    func testClassSubscriptAssignsThroughLetReference() {
        assertPrints("""
            final class C {
                var data = [1, 2]
                subscript(i: Int) -> Int {
                    get { data[i] }
                    set { data[i] = newValue }
                }
            }
            let c = C()
            c[0] = 10
            c[1] += 5
            print(c.data)
            struct S { let c = C() }
            let s = S()
            s.c[0] = 3
            print(s.c.data)
            """, "[10, 7]\n[3, 2]\n")
    }

    /// `catch E.a`, `catch E.b(let n)`, `catch let e as T where ...`, `catch is T`, as in Swift.
    func testCatchPatternsSelectTheirErrors() {
        assertPrints("""
            enum E: Error { case a, b(Int), c(msg: String) }
            struct Other: Error { let code: Int }
            func thrower(_ k: Int) throws {
                switch k {
                case 0: throw E.a
                case 1: throw E.b(7)
                case 2: throw E.c(msg: "hi")
                default: throw Other(code: k)
                }
            }
            for k in 0..<5 {
                do {
                    try thrower(k)
                } catch E.a {
                    print("a")
                } catch E.b(let n) {
                    print("b", n)
                } catch let e as E {
                    print("other E", e)
                } catch let e as Other where e.code == 3 {
                    print("other 3", e.code)
                } catch is Other {
                    print("is Other")
                }
            }
            do { try thrower(1) } catch { print("caught", error) }
            func rethrowing() throws {
                do { try thrower(0) } catch E.b { print("not this") }
            }
            do { try rethrowing() } catch { print("outer", error) }
            """, "a\nb 7\nother E c(msg: \"hi\")\nother 3 3\nis Other\ncaught b(7)\nouter a\n")
    }

    /// `for case let .leaf(n) in`, `for case let x? in` skip what does not match.
    func testForCaseSkipsElementsThatDoNotMatch() {
        assertPrints("""
            enum Node { case leaf(Int), pair(Int, Int) }
            let nodes: [Node] = [.leaf(1), .pair(2, 3), .leaf(4)]
            for case let .leaf(n) in nodes { print("leaf", n) }
            for case .pair(let a, let b) in nodes { print("pair", a, b) }
            let opts: [Int?] = [1, nil, 3]
            for case let x? in opts { print("x", x) }
            for case let x? in opts where x > 1 { print("big", x) }
            let values: [Any] = [1, "two", 3]
            for case let n as Int in values { print("int", n) }
            """, "leaf 1\nleaf 4\npair 2 3\nx 1\nx 3\nbig 3\nint 1\nint 3\n")
    }

    /// The neuron's dot product: closures over `zip` pairs, `enumerated()` and tuples take the pair as two parameters.
    func testClosuresOverPairs() {
        assertPrints("""
            let w = [0.5, -1.0, 2.0]
            let x = [1.0, 2.0, 3.0]
            print(zip(w, x).map { $0 * $1 })
            print(zip(w, x).map { wi, xi in wi * xi })
            print(zip(w, x).map { (a, b) in a + b })
            print(zip(w, x).map { $1 })
            print(zip(w, x).map { $0.0 + $0.1 })
            print(zip(w, x).reduce(0) { $0 + $1.0 * $1.1 })
            print(zip(w, x).map(*).reduce(0, +))
            var total = 0.0
            for (a, b) in zip(w, x) { total += a * b }
            print(total)
            print(x.enumerated().map { i, v in Double(i) * v })
            """, "[0.5, -2.0, 6.0]\n[0.5, -2.0, 6.0]\n[1.5, 1.0, 5.0]\n[1.0, 2.0, 3.0]\n[1.5, 1.0, 5.0]\n4.5\n4.5\n4.5\n[0.0, 2.0, 6.0]\n")
    }

    /// `dict.map { k, v in }`, `sorted { $0.value < $1.value }`, `reduce` over (key, value) pairs.
    func testClosuresOverDictionaryPairs() {
        assertPrints("""
            let d = ["b": 2, "a": 1, "c": 3]
            print(d.map { k, v in "\\(k)=\\(v)" }.sorted())
            print(d.sorted { $0.value < $1.value }.map { $0.key })
            print(d.sorted { $0.value > $1.value }.first!)
            print(d.filter { k, v in v > 1 }.keys.sorted())
            print(d.map { $0.key + String($0.value) }.sorted())
            let sum = d.reduce(0) { acc, kv in acc + kv.value }
            print(sum)
            let pts = [(1, 2), (3, 4)]
            print(pts.map { $0 + $1 })
            print(pts.map { (p, q) in p * q })
            print(pts.filter { $0.0 > 1 })
            print(pts.contains { a, b in a == 3 })
            """, "[\"a=1\", \"b=2\", \"c=3\"]\n[\"a\", \"b\", \"c\"]\n(key: \"c\", value: 3)\n[\"b\", \"c\"]\n[\"a1\", \"b2\", \"c3\"]\n6\n[3, 7]\n[2, 12]\n[(3, 4)]\ntrue\n")
    }

    /// A present optional prints as `Optional(...)` (`as Any`, interpolation, `[Int?]`), the cue to unwrap it.
    func testOptionalsPrintAsSwiftPrintsThem() {
        assertPrints("""
            import Foundation
            let opt: Double? = 42
            print(opt as Any)
            print(opt)
            print([Optional(1), nil])
            let xs: [Int?] = [1, nil, 3]
            print(xs)
            print("value: \\(opt)")
            let d = ["a": 1]
            print(d["a"] as Any, d["b"] as Any)
            print(d["a"]!)
            print([1, 2, 3].first as Any)
            print(Int(exactly: 2.5) as Any, Int(exactly: 2.0) as Any)
            debugPrint("hi", 1, [1.0])
            let none: Int? = nil
            print(none as Any, "\\(none)")
            if let v = opt { print(v) }
            """, "Optional(42.0)\nOptional(42.0)\n[Optional(1), nil]\n[Optional(1), nil, Optional(3)]\nvalue: Optional(42.0)\nOptional(1) nil\n1\nOptional(1)\nnil Optional(2)\n\"hi\" 1 [1.0]\nnil nil\n42.0\n")
    }

    /// `Dictionary(grouping:by:)`, `lastIndex(where:)`, `Int(exactly:)`.
    func testGroupingLastIndexWhereAndIntExactly() {
        assertPrints("""
            import Foundation
            let grouped = Dictionary(grouping: [1, 2, 3, 4, 5], by: { $0 % 2 })
            print(grouped[1]!, grouped[0]!)
            print([1, 5, 2, 5].lastIndex(where: { $0 == 5 })!)
            print([3, 1, 2].lastIndex(of: 1)!)
            let scores: [String: Double?] = ["a": 1, "b": nil]
            print(scores["a"]!!)
            """, "[1, 3, 5] [2, 4]\n3\n1\n1.0\n")
    }

    /// A script function named like a builtin shadows it, default parameters included (the builtin
    /// `derivative(at:of:)` took the call before).
    func testScriptFunctionShadowsBuiltinOfTheSameName() {
        assertPrints("""
            func square(_ x: Double) -> Double { x * x }
            func derivative(_ f: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double { 100 + f(x) }
            print(derivative(square, at: 3), derivative(square, at: 3, h: 0.1))
            func max(_ a: Double, _ b: Double) -> Double { -1 }
            print(max(1.0, 2.0), max("a", "b"))
            """, "109.0 109.0\n-1.0 b\n")
    }

    /// Optionals inside struct fields, `debugPrint`, `Optional.map/flatMap` and literals in an `Any`
    /// argument print as Swift prints them.
    func testOptionalsInFieldsMapAndDebugPrint() {
        assertPrints("""
            struct Node { var value: Int?; var scores: [Double?]; var name = "n" }
            let n = Node(value: 3, scores: [1, nil])
            print(n, n.value as Any)
            debugPrint(n.value as Any, "s", 3)
            let a: Int? = 3, b: Int? = nil
            print(a.map { $0 * 2 } as Any, b.map { $0 * 2 } as Any)
            let xs: [Int]? = [1, 2, 3]
            print(xs.map { $0.count } as Any)
            let s: String? = "12"
            print(s.flatMap { Int($0) } as Any, ["hi"].first.map { $0.uppercased() } ?? "none")
            print(true ? 1 : 2.5)
            """, """
            Node(value: Optional(3), scores: [Optional(1.0), nil], name: "n") Optional(3)
            Optional(3) "s" 3
            Optional(6) nil
            Optional(3)
            Optional(12) HI
            1

            """)
    }

    /// An optional holding nil (`Int??` = `.some(nil)`, the `first` of `[nil, 2]`, `d["a"]` of
    /// `["a": nil]`) is not nil: `if let` binds the inner nil, `??` unwraps one level.
    func testNestedOptionals() {
        assertPrints("""
            let xs: [Int?] = [nil, 2]
            if let f = xs.first { print("first is", f as Any) } else { print("empty") }
            print(xs.first as Any, xs.last as Any)
            let d: [String: Int?] = ["a": nil, "b": 1]
            if let v = d["a"] { print("has a:", v as Any) } else { print("no a") }
            print(d["a"] as Any, (d["a"] ?? 5) as Any)
            let nn: Int?? = .some(nil)
            print(nn as Any, nn == nil)
            switch nn {
            case .some(.none): print("some none")
            default: print("other")
            }
            let s: String? = "x"
            print(s.map { Int($0) } as Any)
            """, """
            first is nil
            Optional(nil) Optional(Optional(2))
            has a: nil
            Optional(nil) nil
            Optional(nil) false
            some none
            Optional(nil)

            """)
    }

    /// Found by the differential corpus: each printed wrong values or failed before.
    func testCorpusFindingsTypesAndEnums() {
        assertPrints("""
            typealias Matrix = [[Double]]
            let a: Matrix = [[1, 2]]
            print(a, Matrix(repeating: [0], count: 2))
            struct Vec {
                var x, y: Double
                static let zero = Vec(x: 0, y: 0)
                static var made = 0
                static var label: String { "made \\(made)" }
                enum Axis { case x, y }
            }
            print(Vec.zero, Vec.label, Vec.Axis.y)
            enum Light { case red, green
                mutating func next() { self = self == .red ? .green : .red } }
            var l = Light.red
            l.next()
            print(l)
            struct Even { let n: Int
                init?(_ n: Int) { if n % 2 != 0 { return nil }; self.n = n } }
            print([1, 2, 3, 4].compactMap { Even($0) }.map { $0.n })
            enum P: Int, Comparable { case low = 1, high
                static func < (a: P, b: P) -> Bool { a.rawValue < b.rawValue } }
            print(P.high >= .low, P.low > .high, Double("x") ?? -1)
            var pos = (x: 0.0, y: 0.0)
            pos.y -= 1
            print(pos)
            switch -3 { case ..<0: print("negative"); default: print("other") }
            """, """
            [[1.0, 2.0]] [[0.0], [0.0]]
            Vec(x: 0.0, y: 0.0) made 0 y
            green
            [2, 4]
            true false -1.0
            (x: 0.0, y: -1.0)
            negative

            """)
    }

    /// A construct that is parsed but would not behave as in Swift is a compile-time error naming it.
    func testDeinitIsACompileTimeError() {
        assertFails("class C { deinit { print(1) } }", kind: "CompileError", message: "'deinit' is not supported")
    }

    /// `if`/`switch` expressions (a declared type reaches their literals), a function body that is one,
    /// `lazy var` (computed on first read, with `self`), protocol compositions in generic constraints.
    func testConditionalExpressionsAndLazyProperties() {
        assertPrints("""
            let x = 5
            let half: Double = if x > 3 { 1 } else { 2 }
            let o: Int? = 4
            let desc = if let v = o { "has \\(v)" } else { "none" }
            func grade(_ s: Int) -> String {
                switch s {
                case 90...: "A"
                default: "B"
                }
            }
            print(half, desc, grade(95), grade(3))
            class Dataset {
                var loads = 0
                lazy var items: [Int] = { loads += 1; return [1, 2] }()
            }
            let d = Dataset()
            print(d.loads, d.items, d.items, d.loads)
            func uniqueSorted<T: Hashable & Comparable>(_ xs: [T]) -> [T] { Array(Set(xs)).sorted() }
            print(uniqueSorted([3, 1, 3]))
            """, "1.0 has 4 A B\n0 [1, 2] [1, 2] 1\n[1, 3]\n")
    }

    /// `@autoclosure` arguments are evaluated only when the function calls them; a tuple type in a cast
    /// pattern checks each element; `Float` is a clear error rather than a Double printing other digits.
    func testAutoclosureTupleCastsAndFloat() {
        assertPrints("""
            var calls = 0
            func expensive() -> String { calls += 1; return "computed" }
            func check(_ c: @autoclosure () -> Bool, _ m: @autoclosure () -> String) { if !c() { print(m()) } }
            check(1 + 1 == 2, expensive())
            check(1 > 2, expensive())
            let items: [Any] = [(6, "six"), 7]
            for x in items {
                switch x {
                case let (n, s) as (Int, String): print("tuple", n, s)
                default: print("other")
                }
            }
            print(calls)
            """, "computed\ntuple 6 six\nother\n1\n")
        assertFails("let x: Float = 1", kind: "SyntaxError", message: "'Float' is not supported")
        assertFails("print(Float(1) / 3)", kind: "CompileError", message: "use Double")
    }
}
