// trap: FatalError
import Foundation
func checkedSqrt(_ x: Double) -> Double {
    if x < 0 { fatalError("negative input \(x)") }
    return x.squareRoot()
}
print(checkedSqrt(16))
print(checkedSqrt(-1))
