import Foundation

final class Dense {
    var w: [[Double]]
    var b: [Double]
    let activation: (Double) -> Double

    init(_ inputs: Int, _ outputs: Int, activation: @escaping (Double) -> Double = { $0 }) {
        w = Array(repeating: Array(repeating: 0.1, count: inputs), count: outputs)
        b = Array(repeating: 0, count: outputs)
        self.activation = activation
    }

    func callAsFunction(_ x: [Double]) -> [Double] {
        var y: [Double] = []
        for (row, bias) in zip(w, b) {
            var s = bias
            for (wi, xi) in zip(row, x) { s += wi * xi }
            y.append(activation(s))
        }
        return y
    }
}

let relu: (Double) -> Double = { max(0, $0) }
let net = [Dense(2, 3, activation: relu), Dense(3, 1)]
var x: [Double] = [1, -2]
for layer in net { x = layer(x) }
print(x)
net[0].w[1][0] = 2
net[0].b[2] = 1
x = [1, -2]
for layer in net { x = layer(x) }
print(x)
print(net[0].w)
