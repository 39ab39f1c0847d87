import XCTest
@testable import SwiftgradLang

/// The interpreter's fast paths (call-site builtins, operands read from the frame, cached
/// operators and properties) behave exactly like the general paths they skip.
final class FastPathTests: XCTestCase {
    /// Number and Bool literal initializers of stored properties are computed once per type
    /// (`FieldInitializer.constant`): every instance still gets its own value in the field's kind,
    /// structs copy, subclasses inherit them, and a literal that does not convert fails as before.
    func testLiteralPropertyInitializersGiveEachInstanceItsValue() {
        assertPrints("""
            class C {
                var a = 1
                var b: Double = 2
                var c = true
                var d = -1
                var e: Double? = 3
                var f = 0.5
                let g = 7
            }
            let x = C(), y = C()
            x.a += 10; x.b *= 3; x.c = false; x.f = 9
            print(x.a, x.b, x.c, x.d, x.e, x.f, x.g)
            print(y.a, y.b, y.c, y.d, y.e, y.f, y.g)
            struct P { var n = 0; var m: Double = 1 }
            var p = P(), q = p
            p.n = 5
            print(p.n, q.n, q.m, P(n: 2).n, P(n: 2).m)
            class D: C { var h = 4 }
            let z = D()
            print(z.a, z.h, z.b)
            """, "11 6.0 false -1 Optional(3.0) 9.0 7\n1 2.0 true -1 Optional(3.0) 0.5 7\n5 0 1.0 2 1.0\n1 4 2.0\n")
        assertFails("class E { var x: Int = 1.5 }\nlet e = E()", kind: "TypeMismatch",
                    message: "cannot convert value of type 'Double' to property 'x' of type 'Int'")
    }

    /// A closure property initializer that captures nothing is one shared value stored per instance
    /// (`FieldInitializer.constant`); reassigning one instance's closure leaves the others, and a
    /// closure with a capture list is still evaluated for every instance.
    func testClosurePropertyInitializersStayPerInstance() {
        assertPrints("""
            var made = 0
            func next() -> Int { made += 1; return made }
            class H {
                var f: () -> Int = { 42 }
                var g: (Int) -> Int = { $0 + 1 }
                var k: () -> Int = { [n = next()] in n }
                var done: () -> Void = {}
            }
            let h1 = H(), h2 = H()
            h1.f = { 7 }
            h1.done()
            print(h1.f(), h2.f(), h2.g(1), h1.k(), h2.k(), made)
            """, "7 42 2 1 2 2\n")
    }

    /// Closure captures (boxes, functions, class instances) and `let` loop variables over arrays are
    /// lent to their frame slots without a retain (`Runtime.lendCaptures`, `compileForIn`): they must
    /// stay alive and unchanged however the call or loop ends (return, throw, an emptied array, a
    /// closure keeping the variable), and a captured `self`, which a closure may assign, is copied.
    /// Expected output from swiftc.
    func testLentCapturesAndLoopVariables() {
        assertPrints("""
            class Node {
                var name: String
                var next: Node?
                init(_ name: String) { self.name = name }
            }
            enum Failure: Error { case bad(String) }
            func firstLong(_ xs: [Node]) -> Node? {
                for n in xs { if n.name.count > 1 { return n } }
                return nil
            }
            var xs = [Node("a"), Node("bb"), Node("c")]
            var kept: [() -> String] = []
            for n in xs {
                kept.append({ n.name + "!" })
                xs.removeAll()
                print(n.name, xs.count)
            }
            print(kept.map { $0() }, firstLong([Node("x"), Node("yy")])?.name ?? "none")
            func check(_ ns: [Node]) throws -> Int {
                var count = 0
                for n in ns {
                    if n.name == "stop" { throw Failure.bad(n.name) }
                    count += 1
                }
                return count
            }
            for _ in 0..<3 {
                do { _ = try check([Node("a"), Node("stop"), Node("b")]) } catch { print("caught", error) }
            }
            print(try check([Node("p"), Node("q")]))
            var grid = [[1, 2], [3]]
            for row in grid { grid[0].append(row.count); var r = row; r.append(9); print(r) }
            print(grid)
            func makeCounter() -> () -> Int {
                var total = 0
                let step = Node("s")
                let twice: (Int) -> Int = { $0 * 2 }
                return { total += twice(step.name.count); step.name += "s"; return total }
            }
            let counter = makeCounter()
            print(counter(), counter(), counter())
            class Acc {
                var sum = 0
                func adder() -> (Int) -> Void { return { self.sum += $0 } }
            }
            let acc = Acc()
            let add = acc.adder()
            for i in 1...4 { add(i) }
            print(acc.sum)
            struct P {
                var x = 1
                mutating func bump() -> [Int] { return [1, 2].map { x + $0 } }
            }
            var p = P()
            print(p.bump(), p.x)
            var nodes: [Node] = []
            for k in 0..<5 { let n = Node("n\\(k)"); if let last = nodes.last { n.next = last }; nodes.append(n) }
            var chain = ""
            for n in nodes.reversed() { chain += n.name + (n.next?.name ?? "-") + " " }
            print(chain)
            """, """
            a 0
            bb 0
            c 0
            ["a!", "bb!", "c!"] yy
            caught bad("stop")
            caught bad("stop")
            caught bad("stop")
            2
            [1, 2, 9]
            [3, 9]
            [[1, 2, 2, 1], [3]]
            2 6 12
            10
            [2, 3] 1
            n4n3 n3n2 n2n1 n1n0 n0- 

            """)
        assertPrints("""
            class C {
                var v = 1
                func f() -> Int {
                    let g = { self = C(); return self.v }
                    return g() + g()
                }
            }
            print(C().f())
            """, "2\n")
    }

    /// Operands lent to a script operator function's parameters (`Runtime.callLending`): kept by
    /// closures the operator makes, a parameter shadowed by a `var`, a converted argument (`V * 3`),
    /// global operator functions on structs, an error out of the operands. Expected output from swiftc.
    func testOperatorsTakeTheirOperandsLent() {
        assertPrints("""
            final class V {
                var x: Double
                var keep: [() -> Double] = []
                init(_ x: Double) { self.x = x }
                static func + (lhs: V, rhs: V) -> V {
                    let out = V(lhs.x + rhs.x)
                    out.keep = [{ lhs.x * 10 + rhs.x }]
                    return out
                }
                static func * (lhs: V, rhs: Double) -> V { V(lhs.x * rhs) }
                static func - (lhs: V, rhs: V) -> V {
                    var l = lhs
                    l = V(l.x - rhs.x)
                    return l
                }
            }
            struct P { var a: Int }
            func + (l: P, r: P) -> P { P(a: l.a + r.a) }
            func == (l: P, r: P) -> Bool { l.a == r.a }
            enum Oops: Error { case negative }
            func check(_ v: V) throws -> V { if v.x < 0 { throw Oops.negative }; return v }
            var acc = V(1)
            for i in 0..<5 { acc = acc + V(Double(i)) }
            print(acc.x, acc.keep[0](), (acc * 2).x, (V(5) * 3).x, (V(7) - V(2)).x)
            var s = P(a: 1)
            s = s + P(a: 2)
            print(s.a, s + s == P(a: 6))
            do { _ = try check(V(1) - V(3)) } catch { print("caught", error) }
            let vs = [V(1), V(2), V(3)]
            var total = V(0)
            for v in vs { total = total + v }
            print(total.x, total.keep[0]())
            """, """
            11.0 74.0 22.0 15.0 5.0
            3 true
            caught negative
            6.0 33.0

            """)
    }

    func testSetInsertAndContainsAtACallSite() {
        assertPrints("""
            var seen = Set<ObjectIdentifier>()
            class Node {}
            let a = Node(), b = Node()
            seen.insert(ObjectIdentifier(a))
            let again = seen.insert(ObjectIdentifier(a))
            print(again.inserted, seen.insert(ObjectIdentifier(b)).inserted, seen.count)
            print(seen.contains(ObjectIdentifier(a)), seen.contains(ObjectIdentifier(Node())))
            var numbers: Set<Int> = [1]
            print(numbers.insert(1), numbers.insert(2), numbers.contains(2), numbers.contains(2.0))
            """, """
            false true 2
            true false
            (inserted: false, memberAfterInsert: 1) (inserted: true, memberAfterInsert: 2) true true

            """)
    }

    func testAppendThroughEveryKindOfPlace() {
        assertPrints("""
            struct Bag { var items: [Int] = [] }
            class Box { var items: [Int] = [] }
            var bag = Bag()
            let box = Box()
            var grid = [[Int]](repeating: [], count: 2)
            var local: [Int] = []
            func fill() { local.append(9) }
            bag.items.append(1); box.items.append(2); grid[1].append(3); fill()
            let copy = local
            local.append(10)
            print(bag.items, box.items, grid, local, copy)
            var text = "a"
            text.append("b")
            print(text, [1, 2].contains(2))
            """, """
            [1] [2] [[], [3]] [9, 10] [9]
            ab true

            """)
    }

    func testAFunctionReassignedWhileItRunsFinishesItsCall() {
        // A direct call runs the global's function without retaining it: reassigning the global from
        // inside (here three levels deep in the recursion) must keep the running function alive until
        // every call of it returned, and the next calls take the new value.
        assertPrints("""
            func f(_ n: Int) -> Int {
                if n == 0 {
                    replace()
                    var s = 0
                    for i in 0..<100 { s += i }
                    return s
                }
                return f(n - 1) + 1
            }
            func replace() { f = { n in n * 10 } }
            print(f(3), f(3), f(2))
            var h: (Int, Int) -> Int = { a, b in a + b }
            h = { a, b in
                h = { a, b in a * b }
                return a - b + h(a, b)
            }
            print(h(5, 3), h(5, 3))
            """, """
            4953 30 20
            17 15

            """)
    }

    func testGlobalCallsReadTheCalleeBeforeTheArguments() {
        // A call of a global evaluates the callee first, as Swift does: reassigning it inside an
        // argument affects the next call only; a global holding a type or native function still works.
        assertPrints("""
            var op: (Int) -> Int = { $0 + 1 }
            func change() -> Int { op = { $0 * 10 }; return 5 }
            print(op(change()), op(5))
            func twice(_ a: Int, _ b: Int) -> Int { a + b }
            class P { var v = 1.5 }
            print(twice(1, 2), P().v, abs(-3))
            """, """
            6 50
            3 1.5 3

            """)
    }

    func testEarlyReturnsKeepTheirLinesAndConversions() {
        assertPrints("""
            func f(_ n: Int) -> Double {
                if n > 3 { return 2 }
                if n == 2 { return Double(n) / 4 }
                return 1
            }
            print(f(5), f(2), f(0))
            """, """
            2.0 0.5 1.0

            """)
        let e = Session().error("""
            func g(_ n: Int) -> Int {
                if n < 2 {
                    return n / 0
                }
                return g(n - 1)
            }
            print(g(3))
            """, file: #filePath, line: #line)
        XCTAssertEqual(e?.kind, "DivisionByZero")
        XCTAssertTrue(e?.traceback.last?.contains("line 3") == true, "\(e?.traceback ?? [])")
    }

    func testAppendOnALetConstantIsStillAnError() {
        assertFails("let xs = [1]\nxs.append(2)", kind: "ImmutableAssignment")
        assertFails("let s: Set<Int> = []\ns.insert(2)", kind: "ImmutableAssignment")
    }

    func testFrameOperandsKeepTheGeneralSemantics() {
        assertPrints("""
            func f(_ a: Int, _ b: Double, _ s: String) -> String {
                let one = 1
                return "\\(a + one) \\(a - 1) \\(a * a) \\(a / 2) \\(b + 1) \\(1 + b) \\(a < 3) \\(b >= 2.5) \\(s + s) \\(s == "x") \\(a != one)"
            }
            print(f(5, 2.5, "x"))
            var i = 0
            while i < 3 { i += 1 }
            print(i, 2 <= i, i > 2.5)
            """, """
            6 4 25 2 3.5 3.5 false true xx true true
            3 true true

            """)
        assertFails("func f(_ a: Int) -> Int { let one = 1; return a + one }\nprint(f(Int.max))", kind: "Overflow")
        assertFails("func f(_ a: Int) -> Int { let zero = 0; return a / zero }\nprint(f(1))", kind: "DivisionByZero")
        assertFails("func f(_ a: Int) -> Bool { a < \"x\" }\nprint(f(1))", kind: "TypeMismatch")
    }

    func testOperatorsAndMethodsAddedLaterAreSeenByCompiledCallSites() {
        let s = Session()
        XCTAssertEqual(s.run("""
            class V { var x: Int; init(_ x: Int) { self.x = x } }
            func combine(_ a: V, _ b: V) -> Int { (a < b) ? 1 : 0 }
            func describe(_ v: V) -> String { v.name() }
            """).output, "")
        XCTAssertNotNil(s.error("print(combine(V(1), V(2)))"))
        XCTAssertEqual(s.run("""
            extension V {
                static func < (a: V, b: V) -> Bool { a.x < b.x }
                func name() -> String { "V\\(x)" }
            }
            print(combine(V(1), V(2)), combine(V(2), V(1)), describe(V(3)))
            """).output, "1 0 V3\n")
    }

    func testAPropertyAssignmentThroughACachedSiteChecksLetAndType() {
        assertPrints("""
            class A { var v = 0.0; let k = 1 }
            class B { var v = "s" }
            func set(_ a: A) { a.v = 2 }
            let a = A()
            set(a); set(a)
            print(a.v)
            func setAny(_ o: B) { o.v = "t" }
            let b = B()
            setAny(b)
            print(b.v)
            """, """
            2.0
            t

            """)
        assertFails("class A { let k = 1 }\nfunc f(_ a: A) { a.k = 2 }\nf(A())", kind: "ImmutableAssignment")
    }
}
