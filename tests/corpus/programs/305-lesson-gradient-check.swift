import Foundation
// f(w) = sum_i (w_i * x_i)^2 + sin(w_0 * w_1)
let x = [0.5, -1.5, 2.0]
func f(_ w: [Double]) -> Double {
    zip(w, x).map { ($0 * $1) * ($0 * $1) }.reduce(0, +) + sin(w[0] * w[1])
}
func analytic(_ w: [Double]) -> [Double] {
    var g = zip(w, x).map { 2 * $0 * $1 * $1 }
    g[0] += cos(w[0] * w[1]) * w[1]
    g[1] += cos(w[0] * w[1]) * w[0]
    return g
}
let w = [0.3, -0.7, 1.1]
let g = analytic(w)
var maxErr = 0.0
for i in 0..<w.count {
    var up = w, down = w
    up[i] += 1e-6; down[i] -= 1e-6
    let num = (f(up) - f(down)) / 2e-6
    maxErr = max(maxErr, abs(num - g[i]))
    print(i, String(format: "%.8f %.8f", g[i], num))
}
print(maxErr < 1e-6)
