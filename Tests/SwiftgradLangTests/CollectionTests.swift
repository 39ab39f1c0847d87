import Foundation
import XCTest
@testable import SwiftgradLang

/// Arrays, dictionaries, sets, tuples, ranges and `stride`.
final class CollectionTests: XCTestCase {
    func testArrayBasics() {
        assertPrints("""
            var xs = [3, 1, 2]
            xs.append(5)
            xs.append(contentsOf: [8, 13])
            xs.insert(0, at: 0)
            print(xs, xs.count, xs.isEmpty, xs.first!, xs.last!)
            let removed = xs.remove(at: 1)
            print(removed, xs, xs.contains(8), xs.contains(4))
            print(xs.sorted(), xs.sorted(by: >), Array(xs.reversed()))
            print(xs[1...2], xs[..<2], xs[4...])
            xs.removeAll()
            print(xs, xs.isEmpty, xs.first == nil)
            print(Array(repeating: 0.5, count: 3), [Int]())
            """, """
            [0, 3, 1, 2, 5, 8, 13] 7 false 0 13
            3 [0, 1, 2, 5, 8, 13] true false
            [0, 1, 2, 5, 8, 13] [13, 8, 5, 2, 1, 0] [13, 8, 5, 2, 1, 0]
            [1, 2] [0, 1] [8, 13]
            [] true true
            [0.5, 0.5, 0.5] []

            """)
    }

    func testArrayHigherOrderFunctions() {
        assertPrints("""
            let xs = [1, 2, 3, 4]
            print(xs.map { $0 * 2 }, xs.filter { $0 % 2 == 0 }, xs.reduce(0, +), xs.reduce(1) { $0 * $1 })
            print(xs.map { Double($0) / 2 }, xs.contains { $0 > 3 }, xs.firstIndex(of: 3)!)
            for (i, x) in xs.enumerated() where i > 1 { print(i, x) }
            for (a, b) in zip(xs, ["a", "b"]) { print(a, b) }
            print(xs.min()!, xs.max()!, xs.map(String.init), ["x", "y"].joined(separator: "-"))
            """, """
            [2, 4, 6, 8] [2, 4] 10 24
            [0.5, 1.0, 1.5, 2.0] true 2
            2 3
            3 4
            1 a
            2 b
            1 4 ["1", "2", "3", "4"] x-y

            """)
    }

    func testArraysHaveValueSemantics() {
        assertPrints("""
            var a = [1, 2]
            var b = a
            b.append(3)
            a[0] = 9
            print(a, b)
            var grid = [[0, 0], [0, 0]]
            grid[1][0] = 7
            grid[0].append(1)
            print(grid)
            """, "[9, 2] [1, 2, 3]\n[[0, 0, 1], [7, 0]]\n")
    }

    func testLetArrayAllowsNonMutatingMembersOnly() {
        assertPrints("""
            let xs = [1, 2, 3]
            let ys = xs.map { $0 * 2 }
            print(ys, xs.filter { $0 > 1 }.count, xs.sorted(by: >))
            """, "[2, 4, 6] 2 [3, 2, 1]\n")
        assertFails("let xs = [1]\nxs.append(2)", kind: "ImmutableAssignment")
    }

    func testIndexOutOfRange() {
        assertFails("let xs = [1, 2]\nprint(xs[2])", kind: "IndexOutOfRange")
        assertFails("var xs = [1, 2]\nxs[-1] = 0", kind: "IndexOutOfRange")
        assertFails("var xs: [Int] = []\nxs.removeLast()", kind: "IndexOutOfRange")
    }

    func testDictionariesAreInsertionOrdered() {
        assertPrints("""
            var ages = ["b": 2, "a": 1]
            ages["c"] = 3
            ages["b"] = 20
            print(ages, ages.count, ages["a"]!, ages["zz"] == nil, ages["zz"] ?? 0)
            print(ages.keys, ages.values)
            for (k, v) in ages { print(k, v) }
            ages["a"] = nil
            ages["c", default: 0] += 1
            print(ages, ages.removeValue(forKey: "b")!, ages)
            var counts: [String: Int] = [:]
            for w in ["x", "y", "x"] { counts[w, default: 0] += 1 }
            print(counts)
            """, """
            ["b": 20, "a": 1, "c": 3] 3 1 true 0
            ["b", "a", "c"] [20, 1, 3]
            b 20
            a 1
            c 3
            ["b": 20, "c": 4] 20 ["c": 4]
            ["x": 2, "y": 1]

            """)
    }

    func testSets() {
        assertPrints("""
            var s = Set<Int>()
            s.insert(3)
            s.insert(1)
            s.insert(3)
            print(s.count, s.contains(1), s.contains(2), s.sorted())
            let t: Set<String> = ["a", "b"]
            print(t.count, t.contains("b"), Set([1, 2]).union([2, 3]).sorted())
            """, "2 true false [1, 3]\n2 true [1, 2, 3]\n")
    }

    func testTuplesAndDestructuring() {
        assertPrints("""
            let p = (1, "one")
            print(p.0, p.1, p)
            let (a, b) = p
            let named = (x: 1.5, y: 2)
            print(a, b, named.x, named.y)
            var (m, n) = (1, 2)
            (m, n) = (n, m)
            print(m, n)
            func minMax(_ xs: [Int]) -> (min: Int, max: Int) { (xs.min()!, xs.max()!) }
            let r = minMax([3, 9, 1])
            print(r.min, r.max)
            """, "1 one (1, \"one\")\n1 one 1.5 2\n2 1\n1 9\n")
    }

    func testRangesAndStride() {
        assertPrints("""
            for i in 0..<3 { print(i, terminator: " ") }
            for i in 1...3 { print(i, terminator: " ") }
            print()
            print(Array(0..<4), (1...4).count, (0..<10).contains(9), (1...3).map { $0 * $0 })
            print(Array(stride(from: 0, to: 10, by: 3)), Array(stride(from: 3, through: 0, by: -1)))
            for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: " ") }
            print()
            """, "0 1 2 1 2 3 \n[0, 1, 2, 3] 4 true [1, 4, 9]\n[0, 3, 6, 9] [3, 2, 1, 0]\n0.0 0.25 0.5 0.75 \n")
        assertFails("let n = 0\nfor i in 1...n { print(i) }", kind: "InvalidRange")
    }

    /// Mutating a collection held by a variable, a captured variable, a property or an element
    /// must not copy it (copy-on-write with a single holder): 40k appends each take linear time in
    /// all. Quadratic copying would take minutes.
    func testAppendingInPlaceDoesNotCopy() {
        let start = Date()
        assertPrints("""
            class Holder { var items: [Int] = [] }
            var top: [Int] = []
            var seen = Set<Int>()
            var counts: [Int: Int] = [:]
            let holder = Holder()
            var grid: [[Int]] = [[]]
            func nested() -> Int {
                var local: [Int] = []
                func add(_ i: Int) { local.append(i) }
                for i in 0..<40_000 { add(i) }
                return local.count
            }
            for i in 0..<40_000 {
                top.append(i)
                seen.insert(i)
                counts[i] = i
                holder.items.append(i)
                grid[0].append(i)
            }
            print(top.count, seen.count, counts.count, holder.items.count, grid[0].count, nested())
            """, "40000 40000 40000 40000 40000 40000\n")
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }
}
