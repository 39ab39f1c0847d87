import XCTest
@testable import SwiftgradLang

/// Issue 3's second acceptance program, exactly (the first needs the engine's `Value` and is
/// tested with the bindings).
final class AcceptanceTests: XCTestCase {
    static let scalarProgram = MemoryTests.scalarClass + """

        let a = Scalar(2), b = Scalar(3), c = Scalar(4)
        let f = (a + b) * c
        f.backward()
        print(a.grad, b.grad, c.grad)                    // 4.0 4.0 5.0
        print([1, 2, 3].map { $0 * 2 }.reduce(0, +))     // 12
        print(7 / 2, 7.0 / 2, "\\(1 + 1) apples")         // 3 3.5 2 apples
        """

    func testScalarClassProgram() {
        assertPrints(AcceptanceTests.scalarProgram, "4.0 4.0 5.0\n12\n3 3.5 2 apples\n")
    }
}
