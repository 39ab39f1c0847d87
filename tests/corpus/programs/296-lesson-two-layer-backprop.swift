import Foundation
// 2-2-1 network, tanh hidden layer, one SGD step by hand
var W1 = [[0.1, -0.2], [0.4, 0.3]]
var b1 = [0.0, 0.1]
var W2 = [0.5, -0.6]
var b2 = 0.05
let x = [1.0, 2.0], y = 1.0
func forward() -> (h: [Double], out: Double) {
    let h = (0..<2).map { i in tanh(W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i]) }
    return (h, W2[0] * h[0] + W2[1] * h[1] + b2)
}
for step in 0..<3 {
    let (h, out) = forward()
    let loss = (out - y) * (out - y)
    let dout = 2 * (out - y)
    let dW2 = h.map { $0 * dout }
    let dh = W2.map { $0 * dout }
    let dz = (0..<2).map { dh[$0] * (1 - h[$0] * h[$0]) }
    for i in 0..<2 {
        for j in 0..<2 { W1[i][j] -= 0.1 * dz[i] * x[j] }
        b1[i] -= 0.1 * dz[i]
        W2[i] -= 0.1 * dW2[i]
    }
    b2 -= 0.1 * dout
    print(step, loss)
}
print(W1, b1, W2, b2)
