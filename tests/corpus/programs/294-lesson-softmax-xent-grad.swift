import Foundation
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max()!
    let e = z.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}
let logits = [2.0, 1.0, 0.1]
let target = 0
let p = softmax(logits)
let loss = -log(p[target])
var grad = p
grad[target] -= 1
print(p)
print(loss)
print(grad, grad.reduce(0, +).magnitude < 1e-12)
let eps = 1e-6
var numeric: [Double] = []
for i in 0..<3 {
    var up = logits, down = logits
    up[i] += eps; down[i] -= eps
    numeric.append((-log(softmax(up)[target]) + log(softmax(down)[target])) / (2 * eps))
}
print(numeric.map { String(format: "%.6f", $0) })
