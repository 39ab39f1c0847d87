/// One neuron: `activation(b + w0·x0 + w1·x1 + …)` — summed in micrograd's order, so gradients match
/// micrograd's exactly. Weights are uniform(-1, 1) from `RandomSource.shared`, the bias starts at 0.
public final class Neuron {
    public let weights: [Value]
    public let bias: Value
    public let activation: Activation
    /// Given to every node this neuron builds, so a display can group them ("layer 2 · neuron 3").
    private var groupID: UInt16 = 0

    public init(_ nin: Int, activation: Activation = .relu) {
        let count = Swift.max(0, nin)
        weights = (0..<count).map { i in
            Value(RandomSource.shared.uniform(in: -1...1), label: "w\(i)", role: .parameter)
        }
        bias = Value(0, label: "b", role: .parameter)
        self.activation = activation
    }

    public var nin: Int { weights.count }

    /// The group name given to nodes built by this neuron (set by `Layer`/`MLP`).
    public var group: String? {
        get { groupID == 0 ? nil : GroupNames.name(of: groupID) }
        set { groupID = newValue.map { GroupNames.id(for: $0) } ?? 0 }
    }

    /// Prefixes the parameter labels, e.g. "L1.N2." gives "L1.N2.w0" … "L1.N2.b".
    internal func labelParameters(prefix: String) {
        for (i, w) in weights.enumerated() { w.label = "\(prefix)w\(i)" }
        bias.label = "\(prefix)b"
    }

    /// The neuron's output for the inputs (extra inputs beyond `nin` are ignored).
    public func callAsFunction(_ x: [Value]) -> Value {
        x.withUnsafeBufferPointer { x in
            x.withMemoryRebound(to: Unmanaged<Value>.self) { output($0).takeRetainedValue() }
        }
    }

    /// The output for inputs given as unmanaged references, returned +1 (`MLP` passes layers'
    /// outputs on this way). The weighted sum is built on unmanaged references
    /// (`Value.makeUnmanaged`): each product and partial sum is handed to the next sum instead of
    /// retained and released, and weights and inputs are read without reference counting —
    /// building a moons-demo graph spent half its time in atomic retains and releases here.
    internal func output(_ x: UnsafeBufferPointer<Unmanaged<Value>>) -> Unmanaged<Value> {
        let n = Swift.min(weights.count, x.count)
        var act = Value.retained(bias)
        weights.withUnsafeBufferPointer { w in
            w.withMemoryRebound(to: Unmanaged<Value>.self) { w in
                for i in 0..<n {
                    let product = Value.makeUnmanaged(.mul, w[i], x[i], adopting: false)
                    tag(product)
                    act = Value.makeUnmanaged(.add, act, product, adopting: true)
                    tag(act)
                }
            }
        }
        guard let code = activation.opCode else { return act }
        let out = Value.makeUnmanaged(code, act, nil, adopting: true)
        tag(out)
        return out
    }

    @inline(__always)
    private func tag(_ node: Unmanaged<Value>) {
        node._withUnsafeGuaranteedRef { if !$0.isLeaf { $0.groupID = groupID } }
    }

    /// Weights then bias.
    public func parameters() -> [Value] { weights + [bias] }
}
