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

    /// The op that applies it (nil for `.linear`).
    var opCode: OpCode? {
        switch self {
        case .relu: return .relu
        case .tanh: return .tanh
        case .sigmoid: return .sigmoid
        case .linear: return nil
        }
    }
}
