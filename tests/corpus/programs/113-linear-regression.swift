import Foundation
let xs: [Double] = [1, 2, 3, 4, 5]
let ys: [Double] = [3, 5, 7, 9, 11]
var w = 0.0, b = 0.0
let lr = 0.02
for epoch in 0..<500 {
    var dw = 0.0, db = 0.0
    for i in 0..<xs.count {
        let err = w * xs[i] + b - ys[i]
        dw += 2 * err * xs[i]
        db += 2 * err
    }
    w -= lr * dw / Double(xs.count)
    b -= lr * db / Double(xs.count)
    if epoch % 100 == 0 { print(epoch, w, b) }
}
print((w * 1000).rounded() / 1000, (b * 1000).rounded() / 1000)
