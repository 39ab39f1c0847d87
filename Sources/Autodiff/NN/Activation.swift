/// The nonlinearity applied to a neuron's weighted sum.
public enum Activation: String, CaseIterable {
    case relu, tanh, sigmoid, linear

    /// Applies the activation to a node (`.linear` returns it unchanged).
    public func apply(_ x: Value) -> Value {
        switch self {
        case .relu: return x.relu()
        case .tanh: return x.tanh()
        case .sigmoid: return x.sigmoid()
        case .linear: return x
        }
    }
}
