/// A fully connected layer of `nout` neurons, each seeing all `nin` inputs.
public final class Layer {
    public let neurons: [Neuron]
    public let nin: Int
    public let nout: Int
    public let activation: Activation

    public init(_ nin: Int, _ nout: Int, activation: Activation = .relu) {
        self.nin = Swift.max(0, nin)
        self.nout = Swift.max(0, nout)
        self.activation = activation
        neurons = (0..<self.nout).map { _ in Neuron(nin, activation: activation) }
        name(layerIndex: nil)
    }

    /// Labels parameters "N2.w0" (or "L1.N2.w0" inside an MLP) and names the neurons' groups.
    internal func name(layerIndex: Int?) {
        for (j, neuron) in neurons.enumerated() {
            let layerPrefix = layerIndex.map { "L\($0)." } ?? ""
            neuron.labelParameters(prefix: "\(layerPrefix)N\(j + 1).")
            neuron.group = layerIndex.map { "layer \($0) · neuron \(j + 1)" } ?? "neuron \(j + 1)"
        }
    }

    public func callAsFunction(_ x: [Value]) -> [Value] { neurons.map { $0(x) } }

    public func parameters() -> [Value] { neurons.flatMap { $0.parameters() } }
}
