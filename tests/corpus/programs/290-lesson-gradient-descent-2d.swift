import Foundation
// Minimise f(x, y) = (x - 1)^2 + 10 (y + 2)^2
var x = 0.0, y = 0.0
let lr = 0.05
func f(_ x: Double, _ y: Double) -> Double { (x - 1) * (x - 1) + 10 * (y + 2) * (y + 2) }
for step in 1...60 {
    let gx = 2 * (x - 1)
    let gy = 20 * (y + 2)
    x -= lr * gx
    y -= lr * gy
    if step % 15 == 0 { print(step, x, y, f(x, y)) }
}
print((x * 1000).rounded() / 1000, (y * 1000).rounded() / 1000)
