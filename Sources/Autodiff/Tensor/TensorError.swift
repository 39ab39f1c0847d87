/// A misuse of a tensor operation: incompatible shapes or an invalid argument. Thrown, never trapped;
/// the message names the operation and the shapes involved.
public enum TensorError: Error, CustomStringConvertible, Equatable {
    /// Two operands whose shapes the operation cannot combine.
    case shapeMismatch(op: String, lhs: [Int], rhs: [Int], reason: String)
    /// Anything else: a bad axis, index, reshape, or constructor argument.
    case invalid(String, String)

    public var description: String {
        switch self {
        case let .shapeMismatch(op, lhs, rhs, reason):
            return "\(op): shapes \(Shape.text(lhs)) and \(Shape.text(rhs)) \(reason)"
        case let .invalid(op, message):
            return "\(op): \(message)"
        }
    }
}
