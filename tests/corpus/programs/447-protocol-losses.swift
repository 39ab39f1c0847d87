protocol Loss { func value(_ pred: [Double], _ target: [Double]) -> Double }
struct MSE: Loss {
    func value(_ pred: [Double], _ target: [Double]) -> Double {
        zip(pred, target).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(pred.count)
    }
}
struct MAE: Loss {
    func value(_ pred: [Double], _ target: [Double]) -> Double {
        zip(pred, target).map { abs($0 - $1) }.reduce(0, +) / Double(pred.count)
    }
}
let losses: [String: Loss] = ["mse": MSE(), "mae": MAE()]
for name in losses.keys.sorted() {
    print(name, losses[name]!.value([1, 2, 3], [1, 1, 1]))
}
func evaluate<L: Loss>(_ l: L, on data: [([Double], [Double])]) -> [Double] { data.map { l.value($0.0, $0.1) } }
print(evaluate(MSE(), on: [([0], [1]), ([2, 2], [0, 0])]))
