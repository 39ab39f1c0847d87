/// A multi-layer perceptron: `MLP(2, [16, 16, 1])` is 2 inputs → 16 → 16 → 1 output.
/// Hidden layers use `activation`; the last layer uses `outputActivation` (linear by default, as in
/// micrograd; pass `.relu` to put ReLU everywhere as the XOR lesson does).
public final class MLP: CustomStringConvertible {
    public let layers: [Layer]
    public let nin: Int
    /// All weights and biases, layer by layer; fixed at init (the layers and their parameters are
    /// constants), so a training step asking for them twice does not rebuild the list.
    private let allParameters: [Value]

    public init(_ nin: Int, _ sizes: [Int], activation: Activation = .relu,
                outputActivation: Activation = .linear) {
        AllocatorTuning.apply()
        self.nin = Swift.max(0, nin)
        let widths = [self.nin] + sizes.map { Swift.max(0, $0) }
        var built: [Layer] = []
        for i in 0..<sizes.count {
            let isLast = i == sizes.count - 1
            let layer = Layer(widths[i], widths[i + 1], activation: isLast ? outputActivation : activation)
            layer.name(layerIndex: i + 1)
            built.append(layer)
        }
        layers = built
        allParameters = built.flatMap { $0.parameters() }
    }

    /// The outputs of the last layer.
    /// Layers hand their outputs to the next as unmanaged references (`Neuron.output`), released
    /// without atomics once the next layer holds them: arrays of Values are retained and released
    /// atomically, four times per neuron.
    public func callAsFunction(_ x: [Value]) -> [Value] {
        var current = x.map { Unmanaged.passUnretained($0) }  // borrowed: `x` outlives the call
        var owned = false
        for layer in layers {
            let next = current.withUnsafeBufferPointer { inputs in layer.neurons.map { $0.output(inputs) } }
            if owned { for node in current { Value.releaseWithoutAtomics(node) } }
            current = next
            owned = true
        }
        return owned ? current.map { $0.takeRetainedValue() } : x
    }

    /// Wraps the numbers as input leaves labelled "x0", "x1", … and runs the network.
    public func callAsFunction(_ x: [Double]) -> [Value] {
        self(x.enumerated().map { Value($0.element, label: MLP.inputLabel($0.offset)) })
    }

    /// "x0", "x1", …, made once for the usual widths (formatting a label per input per call costs
    /// more than the input node).
    private static let inputLabels = (0..<64).map { "x\($0)" }
    private static func inputLabel(_ i: Int) -> String { i < inputLabels.count ? inputLabels[i] : "x\(i)" }

    public func parameters() -> [Value] { allParameters }

    public func zeroGrad() { for p in allParameters { p.zeroGrad() } }

    /// The number of weights and biases.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.neurons.reduce(0) { $0 + $1.nin + 1 } } }

    /// e.g. "MLP 2 → 16 → 16 → 1 (relu, relu, linear), 337 parameters".
    public var description: String {
        let widths = [nin] + layers.map { $0.nout }
        let acts = layers.map { $0.activation.rawValue }.joined(separator: ", ")
        return "MLP \(widths.map(String.init).joined(separator: " → ")) (\(acts)), \(parameterCount) parameters"
    }
}
