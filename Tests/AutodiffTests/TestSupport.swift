import XCTest
@testable import Autodiff

/// Central difference (f(x+h) − f(x−h)) / 2h computed on plain numbers through the engine's forward pass.
func centralDifference(at x: Double, h: Double = 1e-6, _ f: (Value) -> Value) -> Double {
    (f(Value(x + h)).data - f(Value(x - h)).data) / (2 * h)
}

func assertClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a, b, accuracy: tolerance, message, file: file, line: line)
}
