class Neuron {
    var w: [Double]
    var b: Double = 0
    init(nin: Int) { w = Array(repeating: 0.5, count: nin) }
    func callAsFunction(_ x: [Double]) -> Double {
        var act = b
        for i in 0..<w.count { act += w[i] * x[i] }
        return act > 0 ? act : 0
    }
}
class Layer {
    let neurons: [Neuron]
    init(nin: Int, nout: Int) { neurons = (0..<nout).map { _ in Neuron(nin: nin) } }
    func callAsFunction(_ x: [Double]) -> [Double] { neurons.map { $0(x) } }
}
let layer = Layer(nin: 2, nout: 3)
layer.neurons[0].w = [1, -1]
layer.neurons[2].b = -10
print(layer([2, 1]))
layer.neurons[1].w[0] = 2
print(layer([2, 1]), layer.neurons[1].w)
