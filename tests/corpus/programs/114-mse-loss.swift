func mse(_ pred: [Double], _ target: [Double]) -> Double {
    var s = 0.0
    for i in 0..<pred.count { s += (pred[i] - target[i]) * (pred[i] - target[i]) }
    return s / Double(pred.count)
}
print(mse([1, 2, 3], [1, 2, 3]), mse([0, 0], [1, 3]), mse([0.5], [0.25]))
