import XCTest
@testable import SwiftgradLang

/// Type context reaches literals as in Swift: every expected output here is what `swiftc` prints for
/// the same program (a wrong number without an error is the worst thing a teaching tool can do).
final class TypeContextTests: XCTestCase {
    /// `[Double]`, `[[Double]]`, `[String: Double]`, tuples, optionals: the literals are Doubles.
    func testDeclaredTypeReachesLiteralsInCollections() {
        assertPrints("""
            let t: [Double] = [1, 3]
            print(t[0] / 2)
            print(t)
            let m: [[Double]] = [[1, 2], [3]]
            print(m, m[1][0] / 2)
            let p: (Double, Int) = (1, 2)
            print(p)
            let d: [String: Double] = ["a": 1, "b": 2]
            print(d["a"]! / 2)
            let o: Double? = 3
            print(o! / 2)
            let half: Double = 1 / 2
            print(half)
            let pairs: [(Double, Double)] = [(1, 2), (3, 4)]
            print(pairs)
            let s: Set<Double> = [2]
            print(s.first! / 4)
            """, "0.5\n[1.0, 3.0]\n[[1.0, 2.0], [3.0]] 1.5\n(1.0, 2)\n0.5\n1.5\n0.5\n[(1.0, 2.0), (3.0, 4.0)]\n0.5\n")
    }

    /// A closure without types gets them from the declared function type.
    func testTypedClosuresTakeTheirTypesFromTheContext() {
        assertPrints("""
            let f: (Double) -> Double = { $0 / 2 }
            print(f(3))
            let g: (Double, Double) -> Double = { a, b in a / b }
            print(g(1, 4))
            let k: () -> Double = { 1 }
            print(k() / 2)
            func apply(_ h: (Double) -> Double) -> Double { h(1) }
            print(apply { $0 / 4 })
            """, "1.5\n0.25\n0.5\n0.25\n")
    }

    /// Struct fields, parameters, default arguments and return types.
    func testParametersReturnsFieldsAndDefaultsGiveLiteralsTheirType() {
        assertPrints("""
            struct P { var x: Double; var ys: [Double] = [1] }
            let q = P(x: 1, ys: [2, 3])
            print(q.x / 2, q.ys, P(x: 2).ys)
            func scale(_ xs: [Double], by k: Double = 3) -> [Double] { xs.map { $0 / k } }
            print(scale([1, 2]))
            func ones() -> [Double] { return [1, 1] }
            print(ones())
            func ratio() -> Double { 1 / 4 }
            print(ratio())
            """, "0.5 [2.0, 3.0] [1.0]\n[0.3333333333333333, 0.6666666666666666]\n[1.0, 1.0]\n0.25\n")
    }

    /// Assigning or appending to a typed variable: the new value has the declared type.
    func testAssignmentsAndAppendsToTypedVariables() {
        assertPrints("""
            var acc: [Double] = []
            acc.append(1)
            acc += [2]
            acc[0] = 5
            acc.insert(7, at: 0)
            print(acc, acc[0] / 2)
            var w: Double = 0
            w = 1 / 4
            print(w)
            var table: [String: [Double]] = [:]
            table["a"] = [1, 2]
            print(table)
            """, "[7.0, 5.0, 2.0] 3.5\n0.25\n[\"a\": [1.0, 2.0]]\n")
    }

    /// `[1, 2.5]` is `[Double]`, as in Swift.
    func testMixedNumberLiteralsAreDoubles() {
        assertPrints("""
            let mixed = [1, 2.5]
            let tern = true ? 1 : 2.5
            let dd = ["a": 1, "b": 0.5]
            print(mixed, tern, dd["a"]!, [[1, 2], [2.5]])
            """, "[1.0, 2.5] 1.0 1.0 [[1.0, 2.0], [2.5]]\n")
    }
}
