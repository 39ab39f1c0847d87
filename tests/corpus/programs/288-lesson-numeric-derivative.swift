import Foundation
func f(_ x: Double) -> Double { x * x * x - 2 * x + 1 }
func fPrime(_ x: Double) -> Double { 3 * x * x - 2 }
func forward(_ g: (Double) -> Double, _ x: Double, h: Double) -> Double { (g(x + h) - g(x)) / h }
func central(_ g: (Double) -> Double, _ x: Double, h: Double) -> Double { (g(x + h) - g(x - h)) / (2 * h) }
let x = 1.5
for h in [0.1, 0.01, 0.001, 1e-6] {
    let fe = abs(forward(f, x, h: h) - fPrime(x))
    let ce = abs(central(f, x, h: h) - fPrime(x))
    print(h, String(format: "%.3e %.3e", fe, ce))
}
print(fPrime(x), String(format: "%.6f", central(sin, 0, h: 1e-4)))
