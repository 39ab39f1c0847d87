import Foundation
let data: [([Double], Double)] = [([0.5, 1.0], 0), ([1.0, 0.5], 0), ([2.0, 2.5], 1), ([3.0, 2.0], 1), ([0.2, 0.1], 0), ([2.5, 3.0], 1)]
var w = [0.0, 0.0]
var b = 0.0
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
for epoch in 0..<200 {
    var gw = [0.0, 0.0], gb = 0.0, loss = 0.0
    for (x, y) in data {
        let p = sigmoid(w[0] * x[0] + w[1] * x[1] + b)
        loss += -(y * log(p) + (1 - y) * log(1 - p))
        for j in 0..<2 { gw[j] += (p - y) * x[j] }
        gb += p - y
    }
    let m = Double(data.count)
    for j in 0..<2 { w[j] -= 0.5 * gw[j] / m }
    b -= 0.5 * gb / m
    if epoch % 50 == 0 { print(epoch, String(format: "%.6f", loss / m)) }
}
print(data.map { sigmoid(w[0] * $0.0[0] + w[1] * $0.0[1] + b) > 0.5 ? 1 : 0 })
print(String(format: "%.4f %.4f %.4f", w[0], w[1], b))
