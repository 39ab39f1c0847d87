import Foundation
// L = (sigmoid(w*x + b) - y)^2, by hand, step by step
let w = 0.8, x = 1.5, b = -0.2, y = 1.0
let z = w * x + b
let a = 1 / (1 + exp(-z))
let L = (a - y) * (a - y)
let dLda = 2 * (a - y)
let dadz = a * (1 - a)
let dzdw = x, dzdb = 1.0, dzdx = w
let dLdz = dLda * dadz
print("z =", z)
print("a =", a)
print("L =", L)
print("dL/dw =", dLdz * dzdw)
print("dL/db =", dLdz * dzdb)
print("dL/dx =", dLdz * dzdx)
let eps = 1e-6
func loss(_ w: Double) -> Double { let a = 1 / (1 + exp(-(w * x + b))); return (a - y) * (a - y) }
print("numeric dL/dw =", String(format: "%.8f", (loss(w + eps) - loss(w - eps)) / (2 * eps)))
