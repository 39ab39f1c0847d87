import XCTest
@testable import SwiftgradLang

/// `UInt64`, `UInt`, `UInt32`, `Int32`, `UInt8`, ...: Swift's semantics, or an error — never a wrong
/// value. Expected outputs are what `swiftc` prints (also corpus program 901).
final class FixedWidthIntegerTests: XCTestCase {
    /// A learner's LCG random generator prints exactly what Swift prints.
    func testLinearCongruentialGeneratorMatchesSwift() {
        assertPrints("""
            var state: UInt64 = 42
            func next() -> Double {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Double(state >> 11) / Double(1 << 53)
            }
            print(next(), next(), state)
            """, "0.5682303266439076 0.2254634289477513 4159066171780167020\n")
    }

    func testLimitsAndLiteralsAboveIntMax() {
        assertPrints("""
            print(UInt64.max, UInt32.max, Int32.min, UInt8.max, Int8.min, UInt.max)
            let h: UInt64 = 0xcbf29ce484222325
            print(h, String(h, radix: 16), 18446744073709551615 as UInt64, -9223372036854775808)
            """, "18446744073709551615 4294967295 -2147483648 255 -128 18446744073709551615\n"
                + "14695981039346656037 cbf29ce484222325 18446744073709551615 -9223372036854775808\n")
    }

    /// Overflow traps in Swift: here it is a script error, not a wrapped or signed value.
    func testOverflowIsAnError() {
        assertFails("let x: UInt64 = UInt64.max\nprint(x + 1)", kind: "Overflow", message: "UInt64")
        assertFails("let x: UInt8 = 0\nprint(x - 1)", kind: "Overflow", message: "UInt8")
        assertFails("let x: UInt32 = 70000\nprint(x * x)", kind: "Overflow")
        assertFails("let x: Int8 = -128\nprint(x / -1)", kind: "Overflow")
        assertFails("let x: UInt8 = 300", kind: "Overflow", message: "overflows when stored into 'UInt8'")
        assertFails("print(UInt64(-1))", kind: "Overflow")
        assertFails("print(UInt8(256.0))", kind: "Overflow")
        assertFails("let x: UInt16 = 1\nprint(x / 0)", kind: "DivisionByZero")
    }

    func testWrappingAndBitOperators() {
        assertPrints("""
            let a: UInt8 = 200, b: UInt8 = 100
            print(a &+ b, a &- b, b &- a, a &* 2, a / 3, a % 7)
            print(a & 0x0F, a | 1, a ^ 0xFF, ~a, a << 1, a >> 3, a &<< 9, a &>> 10)
            let s: Int32 = -8
            print(s >> 1, s << 2, ~s, s / 3, s % 3, -s, s.magnitude)
            var x: UInt32 = 1
            for _ in 0..<31 { x <<= 1 }
            x |= 1
            print(x, x << 1, x >> 31, x.nonzeroBitCount)
            print(5 &<< 65, -1 &>> 64, Int.max &+ 1)
            """, "44 100 156 144 66 4\n8 201 55 55 144 25 144 50\n-4 -32 7 -2 -2 8 8\n2147483649 2 1 2\n10 -1 -9223372036854775808\n")
    }

    func testConversions() {
        assertPrints("""
            print(UInt64(truncatingIfNeeded: -1), Int(truncatingIfNeeded: UInt64.max), UInt8(truncatingIfNeeded: 300))
            print(Int(bitPattern: UInt(UInt64.max)), UInt8(clamping: 1000), Int8(clamping: -1000))
            print(UInt8(exactly: 255) as Any, UInt8(exactly: 256) as Any, UInt16("65535") as Any, UInt16("65536") as Any)
            print(Double(UInt64.max), Int(UInt32.max) + 1)
            """, "18446744073709551615 -1 44\n-1 255 -128\nOptional(255) nil Optional(65535) nil\n1.8446744073709552e+19 4294967296\n")
        assertFails("print(Int(UInt64.max))", kind: "Overflow")
    }

    /// Different integer types do not mix silently (Swift rejects it); comparisons do mix, as in Swift.
    func testMixingTypes() {
        assertFails("let a: UInt32 = 1, b: UInt64 = 2\nprint(a + b)", kind: "TypeMismatch", message: "'UInt32' and 'UInt64'")
        assertFails("let a: UInt8 = 1\nprint(a + 1.5)", kind: "TypeMismatch")
        assertFails("let a: UInt8 = 1\nprint(-a)", kind: "TypeMismatch")
        assertPrints("let a: UInt8 = 3, b: UInt64 = 3\nprint(a == b, a < 4, b > 2)", "true true true\n")
    }

    /// `&`, `<<`, `&+` on a type that defines only `+` are errors, not a call of its `+`.
    func testBitOperatorsDoNotFallBackToAddition() {
        assertFails("""
            struct V { var x: Int
                static func + (a: V, b: V) -> V { V(x: a.x + b.x) } }
            print(V(x: 1) & V(x: 2))
            """, kind: "TypeMismatch", message: "'&'")
        assertPrints("""
            struct V { var x: Int
                static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
                static func & (a: V, b: V) -> V { V(x: a.x & b.x) } }
            print((V(x: 6) & V(x: 3)).x, (V(x: 6) + V(x: 3)).x)
            """, "2 9\n")
    }

    func testCollectionsAndKeys() {
        assertPrints("""
            let xs: [UInt8] = [1, 2, 3]
            print(xs, xs.reduce(0, &+), xs.map { $0 * 2 })
            var counts: [UInt64: Int] = [:]
            counts[UInt64(3), default: 0] += 1
            counts[3, default: 0] += 1
            print(counts, Set<UInt32>([1, 1, 2]).count)
            """, "[1, 2, 3] 6 [2, 4, 6]\n[3: 2] 2\n")
    }
}
