let xs: [Double] = [1, 2, 3, 4, 5]
let ys: [Double] = [3.1, 4.9, 7.2, 8.8, 11.1]
var w = 0.0, b = 0.0
let lr = 0.02
let n = Double(xs.count)
for epoch in 0..<500 {
    var gw = 0.0, gb = 0.0, loss = 0.0
    for (x, y) in zip(xs, ys) {
        let err = w * x + b - y
        loss += err * err / n
        gw += 2 * err * x / n
        gb += 2 * err / n
    }
    w -= lr * gw
    b -= lr * gb
    if epoch % 100 == 0 { print(epoch, loss) }
}
print(w, b)
let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
let sxy: Double = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
let sxx: Double = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
let slope = sxy / sxx
print(slope, my - slope * mx)
