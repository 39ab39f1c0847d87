import Foundation
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max() ?? 0
    let e = z.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}
func crossEntropy(_ p: [Double], target: Int) -> Double { -log(p[target]) }
let logits: [Double] = [2, 1, 0.1]
let p = softmax(logits)
print(p.map { String(format: "%.4f", $0) }.joined(separator: " "))
print(String(format: "%.4f", crossEntropy(p, target: 0)))
var grad = p
grad[0] -= 1
print(grad.map { ($0 * 10000).rounded() / 10000 })
let argmax = p.indices.max(by: { p[$0] < p[$1] })!
print(argmax, p.reduce(0, +) > 0.9999)
let batch: [[Double]] = [[1, 2], [3, 3], [0, -1]]
let probs = batch.map(softmax)
print(probs.map { $0.map { String(format: "%.3f", $0) } })
