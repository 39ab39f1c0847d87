import XCTest
@testable import SwiftgradLang

/// Library members the differential corpus (tests/corpus) found missing or wrong; every expected
/// text is what swiftc's binary prints for the same program.
final class LibraryAdditionsTests: XCTestCase {
    func testStringIndicesAreCharacterOffsets() {
        assertPrints("""
            let s = "Hello, Swift"
            let i = s.index(s.startIndex, offsetBy: 7)
            print(s[i], s[i...], s[..<i], s.distance(from: s.startIndex, to: i))
            print(s.index(s.startIndex, offsetBy: 20, limitedBy: s.endIndex) == nil, s[s.index(before: s.endIndex)])
            var t = "abc"
            t.insert("X", at: t.index(after: t.startIndex))
            t.remove(at: t.startIndex)
            print(t, t.removeLast(), t)
            """, "S Swift Hello,  7\ntrue t\nXbc c Xb\n")
        assertFails("let s = \"ab\"\nprint(s.index(s.startIndex, offsetBy: 3))", kind: "IndexOutOfRange")
    }

    func testIntegerAndDoubleMembers() {
        assertPrints("""
            import Foundation
            print(Int.max.addingReportingOverflow(1), 6.multipliedReportingOverflow(by: 7))
            print(12.nonzeroBitCount, 12.trailingZeroBitCount, 1.leadingZeroBitCount, String(255, radix: 16, uppercase: true))
            print(Int(" 3") == nil, Double("1.5 ") == nil, (2.5).rounded(.awayFromZero), (2.4).rounded(.awayFromZero), 1.0.nextUp, (-0.0).sign == .minus)
            """, """
            (partialValue: -9223372036854775808, overflow: true) (partialValue: 42, overflow: false)
            2 2 63 FF
            true true 3.0 3.0 1.0000000000000002 true

            """)
    }

    func testSetAlgebraAndCollectionMethods() {
        assertPrints("""
            let a: Set = [1, 2, 3, 4], b: Set = [3, 4, 5]
            print(a.symmetricDifference(b).sorted(), a.isSuperset(of: [1, 2]), a.isDisjoint(with: b), a.isStrictSubset(of: a))
            var c = a
            c.formSymmetricDifference(b)
            c.subtract([5])
            print(c.sorted())
            var xs = [1, 2, 3, 4, 5, 6]
            xs.removeSubrange(1..<3)
            xs.replaceSubrange(0..<1, with: [9, 9])
            xs.insert(contentsOf: [0], at: 0)
            print(xs, xs.prefix(while: { $0 < 9 }), xs.drop(while: { $0 < 9 }), xs.count(where: { $0 == 9 }))
            print([1, 0, 2, 0, 3].split(separator: 0).map { Array($0) }, xs.starts(with: [0, 9]))
            print(Dictionary(uniqueKeysWithValues: zip(["a", "b"], 1...)).sorted { $0.key < $1.key }, Dictionary([("x", 1), ("x", 2)], uniquingKeysWith: +))
            """, """
            [1, 2, 5] true false false
            [1, 2]
            [0, 9, 9, 4, 5, 6] [0] [9, 9, 4, 5, 6] 2
            [[1], [2], [3]] true
            [(key: "a", value: 1), (key: "b", value: 2)] ["x": 3]

            """)
        // Swift stops the program on a repeated key; here it is an error that names the key.
        assertFails("let d = Dictionary(uniqueKeysWithValues: [(\"k\", 1), (\"k\", 2)])", kind: "InvalidArgument",
                    message: "Dictionary(uniqueKeysWithValues:) got the key \"k\" twice")
    }
}
