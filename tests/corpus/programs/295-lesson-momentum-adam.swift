import Foundation
func grad(_ x: Double) -> Double { 2 * (x - 4) }
var x1 = 0.0, v = 0.0
for _ in 0..<100 { v = 0.9 * v + grad(x1); x1 -= 0.01 * v }
print("momentum", x1)
var x2 = 0.0, m = 0.0, s = 0.0
let b1 = 0.9, b2 = 0.999, lr = 0.1, eps = 1e-8
for t in 1...200 {
    let g = grad(x2)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    let mh = m / (1 - pow(b1, Double(t)))
    let sh = s / (1 - pow(b2, Double(t)))
    x2 -= lr * mh / (sh.squareRoot() + eps)
    if t % 50 == 0 { print(t, x2) }
}
