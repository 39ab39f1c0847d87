import Foundation

struct Neuron {
    var weights: [Double]
    var bias: Double

    init(inputs: Int, seed: Int) {
        weights = (0..<inputs).map { i in Double((i + seed) % 5) / 10 - 0.2 }
        bias = 0
    }

    func forward(_ x: [Double]) -> Double {
        let z = zip(weights, x).map(*).reduce(bias, +)
        return tanh(z)
    }
}

struct Layer {
    var neurons: [Neuron]
    init(inputs: Int, outputs: Int) {
        neurons = (0..<outputs).map { Neuron(inputs: inputs, seed: $0) }
    }
    func forward(_ x: [Double]) -> [Double] { neurons.map { $0.forward(x) } }
}

let layer = Layer(inputs: 3, outputs: 2)
let out = layer.forward([1, 2, 3])
print(out.map { String(format: "%.4f", $0) })
print(layer.neurons.count, layer.neurons[0].weights)
var n = layer.neurons[1]
n.bias += 0.5
n.weights[0] = 1
print(n.forward([1, 0, 0]), layer.neurons[1].bias)
