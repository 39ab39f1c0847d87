import XCTest
@testable import SwiftgradLang

/// Inputs the fuzz test (or reading the code while fixing its findings) turned up, minimised: each
/// used to trap, hang past an interrupt, or exhaust memory.
final class FuzzRegressionTests: XCTestCase {
    func testHugeShorthandArgumentIndexIsASyntaxError() {
        assertFails("print([1].map { $100000000 })", kind: "SyntaxError", message: "out of range")
        assertPrints("print([1, 2].reduce(0) { $0 + $1 })", "3\n")
    }

    func testPropertyInitializerThatBuildsItsOwnTypeOverflowsCleanly() {
        assertFails("struct P {\n  var x: Int\n  var p = P(x: 1)\n}\nlet a = P(x: 2)", kind: "StackOverflow")
        assertFails("class C { var next = C() }\nlet c = C()", kind: "StackOverflow")
    }
}
