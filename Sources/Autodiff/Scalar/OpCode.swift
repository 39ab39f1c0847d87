/// The operation that produced a node, stored as one byte in the node.
/// The backward rule for each code lives in `BackwardRules.swift`.
@usableFromInline
internal enum OpCode: UInt8 {
    case leaf, add, sub, mul, div, neg, powConst, powValue
    case relu, tanh, sigmoid, exp, log, sin, cos, abs
    case custom

    /// The name shown to learners (`Value.op`).
    var symbol: String {
        switch self {
        case .leaf: return ""
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .div: return "/"
        case .neg: return "neg"
        case .powConst, .powValue: return "**"
        case .relu: return "relu"
        case .tanh: return "tanh"
        case .sigmoid: return "sigmoid"
        case .exp: return "exp"
        case .log: return "log"
        case .sin: return "sin"
        case .cos: return "cos"
        case .abs: return "abs"
        case .custom: return "custom"
        }
    }
}
