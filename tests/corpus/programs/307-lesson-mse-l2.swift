let preds: [Double] = [2.5, 0.0, 2.1, 7.8]
let targets: [Double] = [3.0, -0.5, 2.0, 7.5]
let n = Double(preds.count)
let mse = zip(preds, targets).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / n
let mae = zip(preds, targets).map { abs($0 - $1) }.reduce(0, +) / n
let grads = zip(preds, targets).map { 2 * ($0 - $1) / n }
print(mse, mae)
print(grads)
let weights: [Double] = [0.5, -1.2, 3.0]
let lambda = 0.01
let l2 = lambda * weights.map { $0 * $0 }.reduce(0, +)
print(l2, weights.map { 2 * lambda * $0 })
func huber(_ e: Double, _ d: Double = 1) -> Double { abs(e) <= d ? 0.5 * e * e : d * (abs(e) - 0.5 * d) }
print(zip(preds, targets).map { huber($0 - $1) })
