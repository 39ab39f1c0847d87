import Foundation
// y = sin(x^2) * exp(-x); dy/dx by the chain and product rules, checked numerically
func y(_ x: Double) -> Double { sin(x * x) * exp(-x) }
func dydx(_ x: Double) -> Double {
    let u = sin(x * x), du = cos(x * x) * 2 * x
    let v = exp(-x), dv = -exp(-x)
    return du * v + u * dv
}
for x in [0.0, 0.5, 1.0, 2.0] {
    let numeric = (y(x + 1e-5) - y(x - 1e-5)) / 2e-5
    print(x, y(x), dydx(x), String(format: "%.8f", numeric))
}
