import Foundation
struct Quadratic {
    let a: Double, b: Double, c: Double
    func value(at x: Double) -> Double { a * x * x + b * x + c }
    func derivative(at x: Double) -> Double { 2 * a * x + b }
}
let f = Quadratic(a: 1, b: -4, c: 3)
var x = 0.0
let lr = 0.1
var history: [Double] = []
for step in 1...25 {
    x -= lr * f.derivative(at: x)
    if step % 5 == 0 { history.append(x) }
}
print(history.map { ($0 * 1000).rounded() / 1000 })
print(f.value(at: x) < -0.99, abs(x - 2) < 0.01)
func numericalGrad(_ g: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double {
    (g(x + h) - g(x - h)) / (2 * h)
}
let approx = numericalGrad({ f.value(at: $0) }, at: 1)
print(abs(approx - f.derivative(at: 1)) < 1e-6, f.derivative(at: 1))
