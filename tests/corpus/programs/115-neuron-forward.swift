import Foundation
struct Neuron {
    var weights: [Double]
    var bias: Double
    func callAsFunction(_ x: [Double]) -> Double {
        var s = bias
        for i in 0..<weights.count { s += weights[i] * x[i] }
        return tanh(s)
    }
}
let n = Neuron(weights: [0.5, -0.25, 1.0], bias: 0.1)
print(n([1, 2, 3]), n([0, 0, 0]))
