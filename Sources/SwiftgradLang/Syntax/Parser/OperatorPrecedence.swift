/// Swift's standard precedence groups, lowest first, plus `**` (power) just above multiplication and
/// right-associative, as the lessons declare it.
public enum OperatorPrecedence {
    public enum Associativity { case left, right, none }

    /// Binding strength of an infix operator (higher binds tighter) and its associativity.
    public struct Group: Equatable {
        public let level: Int
        public let associativity: Associativity
    }

    public static let assignment = Group(level: 10, associativity: .right)
    public static let ternary = Group(level: 20, associativity: .right)
    public static let `default` = Group(level: 30, associativity: .none)
    public static let logicalDisjunction = Group(level: 40, associativity: .left)
    public static let logicalConjunction = Group(level: 50, associativity: .left)
    public static let comparison = Group(level: 60, associativity: .none)
    public static let nilCoalescing = Group(level: 70, associativity: .right)
    public static let casting = Group(level: 80, associativity: .none)
    public static let rangeFormation = Group(level: 90, associativity: .none)
    public static let addition = Group(level: 100, associativity: .left)
    public static let multiplication = Group(level: 110, associativity: .left)
    public static let power = Group(level: 120, associativity: .right)
    public static let bitwiseShift = Group(level: 130, associativity: .none)

    /// The group of an infix operator (declared operators get `default`, as in Swift; assignments are
    /// not operators: see `isAssignment`).
    public static func group(of op: Operator) -> Group {
        switch op {
        case .or: return logicalDisjunction
        case .and: return logicalConjunction
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual, .identical, .notIdentical, .patternMatch:
            return comparison
        case .nilCoalescing: return nilCoalescing
        case .halfOpenRange, .closedRange: return rangeFormation
        case .plus, .minus, .bitwiseOr, .bitwiseXor, .overflowAdd, .overflowSubtract: return addition
        case .multiply, .divide, .remainder, .bitwiseAnd, .overflowMultiply: return multiplication
        case .power: return power
        case .shiftLeft, .shiftRight, .maskingShiftLeft, .maskingShiftRight: return bitwiseShift
        case .not, .bitwiseNot, .custom: return `default`
        }
    }

    /// `=` and compound assignments (`+=`, `**=`, ...), but not comparisons like `==`, `<=`.
    public static func isAssignment(_ op: String) -> Bool {
        if op == "=" { return true }
        guard op.count >= 2, op.hasSuffix("=") else { return false }
        switch op {
        case "==", "!=", "<=", ">=", "===", "!==", "~=": return false
        default: return true
        }
    }
}
