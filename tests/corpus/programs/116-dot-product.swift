import Foundation
func dot(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for (x, y) in zip(a, b) { s += x * y }
    return s
}
print(dot([1, 2, 3], [4, 5, 6]), dot([], []))
let norm = dot([3, 4], [3, 4]).squareRoot()
print(norm)
