func train(epochs: Int, lr: Double = 0.1, verbose: Bool = false, callback: ((Int, Double) -> Void)? = nil) -> Double {
    var w = 0.0
    for e in 1...epochs {
        let grad = 2 * (w - 3)
        w -= lr * grad
        callback?(e, w)
        if verbose && e % 2 == 0 { print("epoch", e) }
    }
    return w
}
print(train(epochs: 3))
print(train(epochs: 4, verbose: true))
var seen: [Double] = []
let final = train(epochs: 3, lr: 0.5) { _, w in seen.append(w) }
print(final, seen)
func variadicMean(_ xs: Double...) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
print(variadicMean(1, 2, 3, 4), variadicMean())
