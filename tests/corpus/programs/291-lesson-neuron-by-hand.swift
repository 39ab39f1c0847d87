import Foundation
// one tanh neuron, forward and backward by hand (micrograd's first example)
let x1 = 2.0, x2 = 0.0
let w1 = -3.0, w2 = 1.0
let b = 6.8813735870195432
let x1w1 = x1 * w1, x2w2 = x2 * w2
let n = x1w1 + x2w2 + b
let o = tanh(n)
print("n =", n, "o =", o)
let dodn = 1 - o * o
let dx1w1 = dodn, dx2w2 = dodn
let dw1 = dx1w1 * x1, dx1 = dx1w1 * w1
let dw2 = dx2w2 * x2, dx2 = dx2w2 * w2
print("do/dn =", dodn)
print("grads:", dx1, dw1, dx2, dw2)
print(String(format: "%.4f %.4f %.4f %.4f %.4f", o, dx1, dw1, dx2, dw2))
