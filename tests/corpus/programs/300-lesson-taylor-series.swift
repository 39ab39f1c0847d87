import Foundation
func expTaylor(_ x: Double, terms: Int) -> Double {
    var sum = 0.0, term = 1.0
    for n in 0..<terms { sum += term; term *= x / Double(n + 1) }
    return sum
}
func sinTaylor(_ x: Double, terms: Int) -> Double {
    var sum = 0.0, term = x
    for n in 0..<terms { sum += term; term *= -x * x / Double((2 * n + 2) * (2 * n + 3)) }
    return sum
}
for terms in [2, 5, 10, 20] { print(terms, expTaylor(1, terms: terms), sinTaylor(1, terms: terms)) }
print(exp(1.0), sin(1.0))
