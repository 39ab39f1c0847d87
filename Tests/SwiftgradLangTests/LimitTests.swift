import XCTest
@testable import SwiftgradLang

/// Builtins asked for absurd sizes or out-of-domain arguments fail with a script error where Swift
/// itself would trap or the process would run out of memory.
final class LimitTests: XCTestCase {
    func testHugeAllocationsAreMemoryLimitErrors() {
        assertFails("let a = Array(repeating: 0, count: Int.max)", kind: "MemoryLimit")
        assertFails("let a = repeatElement(1, count: Int.max)", kind: "MemoryLimit")
        assertFails("let s = String(repeating: \"ab\", count: Int.max / 2 + 1)", kind: "MemoryLimit")
        assertFails("let a = Array(0..<Int.max)", kind: "MemoryLimit")
        assertFails("let a = Array(Int.min..<Int.max)", kind: "MemoryLimit")
        assertFails("let a = (0...Int.max).map { $0 }", kind: "MemoryLimit")
        assertFails("let a = (0...Int.max - 1).map { $0 }", kind: "MemoryLimit")
        assertFails("let a = stride(from: 0, to: Int.max, by: 1)", kind: "MemoryLimit")
        assertFails("let a = stride(from: Int.max, to: Int.min, by: -1)", kind: "MemoryLimit")
        assertFails("let a = stride(from: 0.0, to: 1e300, by: 1.0)", kind: "MemoryLimit")
        assertPrints("print(Array(repeating: 7, count: 3), stride(from: 5, to: -1, by: -2), stride(from: 1.0, to: -1e300, by: 1.0))",
                     "[7, 7, 7] [5, 3, 1] []\n")
    }

    func testLoopsOverHugeRangesStillRun() {
        assertPrints("var n = 0\nfor i in 0..<Int.max { n += 1; if i == 2 { break } }\nprint(n)", "3\n")
    }

    func testRangesAtTheEdgesOfIntDoNotTrap() {
        assertPrints("let r = Int.min...0\nprint(r.lowerBound, (Int.min..<Int.min).isEmpty)", "-9223372036854775808 true\n")
        assertPrints("let x = Int.random(in: Int.min...Int.max)\nlet y = Int.random(in: Int.min..<Int.max)\nprint(type(of: x), type(of: y))",
                     "Int Int\n")
        assertPrints("print(Int.random(in: 5...5), Int.random(in: 3..<4))", "5 3\n")
    }

    func testRadixOutsideTwoToThirtySixIsAnError() {
        assertFails("print(Int(\"1\", radix: 1))", kind: "InvalidArgument", message: "radix")
        assertFails("print(String(255, radix: 37))", kind: "InvalidArgument", message: "radix")
        assertPrints("print(String(255, radix: 16), Int(\"ff\", radix: 16)!)", "ff 255\n")
    }

    func testHugeFormatWidthIsAFormatError() {
        assertFails("print(String(format: \"%999999999d\", 1))", kind: "FormatError", message: "too large")
        assertFails("print(String(format: \"%.99999f\", 1.0))", kind: "FormatError", message: "too large")
        assertPrints("print(String(format: \"%5d|%-4s|%.2f\", 42, \"ab\", 3.14159))", "   42|ab  |3.14\n")
    }

    func testDoublingLoopsStopAtTheMemoryLimit() {
        assertFails("var s = \"a\"\nwhile true { s += s }", kind: "MemoryLimit", message: "string")
        assertFails("var a = [0]\nwhile true { a += a }", kind: "MemoryLimit")
        assertFails("var a = [0]\nwhile true { a = a + a }", kind: "MemoryLimit")
        assertFails("var a = [0]\nwhile true { a.append(contentsOf: a) }", kind: "MemoryLimit")
        assertFails("var s = \"a\"\nwhile true { s = \"\\(s)\\(s)\" }", kind: "MemoryLimit", message: "interpolation")
        assertFails("var a = [0]\nwhile true { a = [a, a].joined() }", kind: "MemoryLimit")
        assertPrints("var s = \"ab\"\ns += s\nvar a = [1]\na += a\na.append(contentsOf: a)\nprint(s, a)", "abab [1, 1, 1, 1]\n")
    }

    func testIntegerMembersAtTheEdgesAreErrorsNotTraps() {
        assertPrints("print(Int.min.isMultiple(of: -1), 6.isMultiple(of: 0), 0.isMultiple(of: 0))", "true false true\n")
        assertFails("print(Int.min.quotientAndRemainder(dividingBy: -1))", kind: "Overflow")
        assertFails("print([1].index(after: Int.max))", kind: "Overflow")
        assertFails("print([1].index(before: Int.min))", kind: "Overflow")
        assertFails("print(\"a\".padding(toLength: Int.max, withPad: \" \", startingAt: 0))", kind: "MemoryLimit")
        assertFails("print(\"a\".padding(toLength: -1, withPad: \" \", startingAt: 0))", kind: "InvalidArgument")
        assertPrints("print(\"ab\".padding(toLength: 4, withPad: \".\", startingAt: 0) + \"|\")", "ab..|\n")
    }
}
