import Foundation
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
let xs: [[Double]] = [[0.5, 1.5], [1, 1], [3, 0.5], [2, 2.5], [0.2, 0.1], [2.8, 3]]
let ys: [Double] = [0, 0, 1, 1, 0, 1]
var w = [0.0, 0.0], b = 0.0
let lr = 0.5
for epoch in 0..<200 {
    var gw = [0.0, 0.0], gb = 0.0, loss = 0.0
    for (x, y) in zip(xs, ys) {
        let p = sigmoid(zip(w, x).map { $0 * $1 }.reduce(b, +))
        loss += -(y * log(p) + (1 - y) * log(1 - p))
        for j in 0..<2 { gw[j] += (p - y) * x[j] }
        gb += p - y
    }
    let n = Double(xs.count)
    for j in 0..<2 { w[j] -= lr * gw[j] / n }
    b -= lr * gb / n
    if epoch % 50 == 0 { print(epoch, String(format: "%.5f", loss / n)) }
}
let preds = xs.map { sigmoid(zip(w, $0).map(*).reduce(b, +)) > 0.5 ? 1.0 : 0.0 }
print(preds == ys, String(format: "%.4f %.4f %.4f", w[0], w[1], b))
