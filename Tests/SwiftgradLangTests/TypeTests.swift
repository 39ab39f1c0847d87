import XCTest
@testable import SwiftgradLang

/// Classes, structs, enums, `switch`, implicit member expressions, operator overloads.
final class TypeTests: XCTestCase {
    func testClassesHaveReferenceSemantics() {
        assertPrints("""
            class Counter {
                var count = 0
                let name: String
                init(name: String) { self.name = name }
                var doubled: Int { count * 2 }
                func tick() { count += 1 }
                func report() -> String { "\\(name): \\(count)" }
            }
            let a = Counter(name: "a")
            let b = a
            b.tick()
            a.tick()
            print(a.count, b.report(), a.doubled, a === b, Counter(name: "c") === a)
            """, "2 a: 2 4 true false\n")
    }

    func testInheritanceAndOverride() {
        assertPrints("""
            class Animal {
                func sound() -> String { "..." }
                func speak() -> String { "I say \\(sound())" }
            }
            class Dog: Animal {
                override func sound() -> String { "woof" }
            }
            print(Animal().speak(), Dog().speak(), Dog() is Animal)
            """, "I say ... I say woof true\n")
    }

    func testInstancesAreHashableByIdentity() {
        assertPrints("""
            class Node { var v = 0 }
            let n1 = Node(), n2 = Node()
            var seen = Set<ObjectIdentifier>()
            seen.insert(ObjectIdentifier(n1))
            seen.insert(ObjectIdentifier(n1))
            print(seen.count, seen.contains(ObjectIdentifier(n2)), ObjectIdentifier(n1) == ObjectIdentifier(n1))
            var nodes = Set<Node>()
            nodes.insert(n1); nodes.insert(n2); nodes.insert(n1)
            print(nodes.count)
            """, "1 false true\n2\n")
    }

    func testStructsHaveValueSemanticsAndMemberwiseInit() {
        assertPrints("""
            struct Point {
                var x: Double
                var y: Double = 0
                mutating func moveBy(_ dx: Double) { x += dx }
                func length() -> Double { sqrt(x * x + y * y) }
            }
            var p = Point(x: 3, y: 4)
            var q = p
            q.moveBy(1)
            p.y = 0
            print(p.x, p.y, q.x, q.y, Point(x: 3, y: 4).length(), Point(x: 1).y)
            var pts = [Point(x: 1)]
            pts[0].moveBy(2)
            print(pts[0].x)
            """, "3.0 0.0 4.0 4.0 5.0 0.0\n3.0\n")
    }

    func testLetStructCannotMutate() {
        assertFails("""
            struct P { var x = 0 }
            let p = P()
            p.x = 1
            """, kind: "ImmutableAssignment")
    }

    func testEnumsAndSwitch() {
        assertPrints("""
            enum Activation { case relu, tanh, linear }
            func apply(_ a: Activation, _ x: Double) -> Double {
                switch a {
                case .relu: return max(0, x)
                case .tanh: return tanh(x)
                case .linear: return x
                }
            }
            print(apply(.relu, -2), apply(.linear, -2), apply(Activation.relu, 3))
            var act: Activation = .tanh
            act = .relu
            print(act == .relu, act)
            enum Op: String { case add = "+", mul = "*" }
            print(Op.mul.rawValue)
            """, "0.0 -2.0 3.0\ntrue relu\n*\n")
    }

    func testSwitchOverIntsStringsRangesAndTuples() {
        assertPrints("""
            func size(_ n: Int) -> String {
                switch n {
                case 0: return "zero"
                case 1, 2: return "small"
                case 3..<10: return "medium"
                case let x where x < 0: return "negative \\(x)"
                default: return "large"
                }
            }
            print(size(0), size(2), size(5), size(-4), size(99))
            func kind(_ s: String) -> String {
                switch s {
                case "cat", "dog": return "pet"
                default: return "other"
                }
            }
            print(kind("dog"), kind("cow"))
            switch (1, "x") {
            case (0, _): print("first")
            case (let a, "x"): print("second", a)
            default: print("none")
            }
            """, "zero small medium negative -4 large\npet other\nsecond 1\n")
    }

    func testImplicitMembersResolveAgainstDeclaredType() {
        assertPrints("""
            enum Mode { case fast, slow }
            struct Config { var mode: Mode = .slow }
            var c = Config()
            c.mode = .fast
            let m: Mode = .slow
            func describe(_ m: Mode = .fast) -> String { m == .fast ? "fast" : "slow" }
            print(describe(), describe(m), describe(c.mode))
            let limit: Double = .infinity
            print(limit > 1e300, Double.pi > 3)
            """, "fast slow fast\ntrue true\n")
    }

    func testEnumWithAssociatedValues() {
        assertPrints("""
            enum Shape {
                case circle(Double)
                case rect(w: Double, h: Double)
            }
            func area(_ s: Shape) -> Double {
                switch s {
                case .circle(let r): return 3 * r * r
                case let .rect(w, h): return w * h
                }
            }
            print(area(.circle(1)), area(.rect(w: 2, h: 3)))
            """, "3.0 6.0\n")
    }

    func testOperatorOverloadsOnClassesAndStructs() {
        assertPrints("""
            struct V { var x: Double; var y: Double
                static func + (lhs: V, rhs: V) -> V { V(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
                static func * (lhs: Double, rhs: V) -> V { V(x: lhs * rhs.x, y: lhs * rhs.y) }
                static func == (lhs: V, rhs: V) -> Bool { lhs.x == rhs.x && lhs.y == rhs.y }
            }
            let v = V(x: 1, y: 2) + V(x: 3, y: 4)
            let w = 2 * v
            print(v.x, v.y, w.x, [v, v].reduce(V(x: 0, y: 0), +).y, v == V(x: 4, y: 6))
            """, "4.0 6.0 8.0 12.0 true\n")
    }

    func testStaticPropertiesAndMethods() {
        assertPrints("""
            class Registry {
                static var count = 0
                static func make() -> Registry { count += 1; return Registry() }
            }
            _ = Registry.make()
            _ = Registry.make()
            print(Registry.count)
            """, "2\n")
    }
}
