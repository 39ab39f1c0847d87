/// An operator as the parser reads it: one case per operator the language gives a meaning to, and
/// `.custom` for the ones a program declares (`infix operator +*`). The node says where it stands:
/// `.binary(op: .minus, ...)` is `a - b`, `.prefix(op: .minus, ...)` is `-a`. `text` is the spelling,
/// as messages and diagnostics show it.
public enum Operator: Hashable {
    // Arithmetic (`+` and `-` are also the prefix operators `+x`, `-x`).
    case plus, minus, multiply, divide, remainder
    /// `**`, the lessons' power operator (right-associative, above multiplication).
    case power
    /// `&+`, `&-`, `&*`: wrapping arithmetic.
    case overflowAdd, overflowSubtract, overflowMultiply
    // Comparison.
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    /// `===`, `!==`: the same class instance.
    case identical, notIdentical
    /// `~=`: the pattern match of `case` (a range contains the value; otherwise `==`).
    case patternMatch
    // Logical: `&&`, `||` (short-circuit), prefix `!`.
    case and, or, not
    // Bitwise: `&`, `|`, `^`, prefix `~`, shifts `<<`, `>>` and the masking `&<<`, `&>>`.
    case bitwiseAnd, bitwiseOr, bitwiseXor, bitwiseNot
    case shiftLeft, shiftRight, maskingShiftLeft, maskingShiftRight
    /// `..<`, `...` (also one-sided: `xs[2...]`, `xs[..<3]`).
    case halfOpenRange, closedRange
    /// `??`.
    case nilCoalescing
    /// An operator the program declares (`infix operator +*`, `prefix operator √`).
    case custom(String)

    /// The operator spelled `text` (`.custom(text)` unless it is one of the standard operators).
    public init(_ text: String) {
        switch text {
        case "+": self = .plus
        case "-": self = .minus
        case "*": self = .multiply
        case "/": self = .divide
        case "%": self = .remainder
        case "**": self = .power
        case "&+": self = .overflowAdd
        case "&-": self = .overflowSubtract
        case "&*": self = .overflowMultiply
        case "==": self = .equal
        case "!=": self = .notEqual
        case "<": self = .less
        case "<=": self = .lessEqual
        case ">": self = .greater
        case ">=": self = .greaterEqual
        case "===": self = .identical
        case "!==": self = .notIdentical
        case "~=": self = .patternMatch
        case "&&": self = .and
        case "||": self = .or
        case "!": self = .not
        case "&": self = .bitwiseAnd
        case "|": self = .bitwiseOr
        case "^": self = .bitwiseXor
        case "~": self = .bitwiseNot
        case "<<": self = .shiftLeft
        case ">>": self = .shiftRight
        case "&<<": self = .maskingShiftLeft
        case "&>>": self = .maskingShiftRight
        case "..<": self = .halfOpenRange
        case "...": self = .closedRange
        case "??": self = .nilCoalescing
        default: self = .custom(text)
        }
    }

    /// How the operator is written.
    public var text: String {
        switch self {
        case .plus: return "+"
        case .minus: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .remainder: return "%"
        case .power: return "**"
        case .overflowAdd: return "&+"
        case .overflowSubtract: return "&-"
        case .overflowMultiply: return "&*"
        case .equal: return "=="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .identical: return "==="
        case .notIdentical: return "!=="
        case .patternMatch: return "~="
        case .and: return "&&"
        case .or: return "||"
        case .not: return "!"
        case .bitwiseAnd: return "&"
        case .bitwiseOr: return "|"
        case .bitwiseXor: return "^"
        case .bitwiseNot: return "~"
        case .shiftLeft: return "<<"
        case .shiftRight: return ">>"
        case .maskingShiftLeft: return "&<<"
        case .maskingShiftRight: return "&>>"
        case .halfOpenRange: return "..<"
        case .closedRange: return "..."
        case .nilCoalescing: return "??"
        case let .custom(text): return text
        }
    }

    /// A standard prefix operator: `-x`, `+x`, `!b`, `~bits`, `..<n`, `...n`.
    public var isStandardPrefix: Bool {
        switch self {
        case .minus, .plus, .not, .bitwiseNot, .halfOpenRange, .closedRange: return true
        default: return false
        }
    }

    /// A standard infix operator (every case but the prefix-only `!`, `~` and declared ones).
    public var isStandardInfix: Bool {
        switch self {
        case .not, .bitwiseNot, .custom: return false
        default: return true
        }
    }
}

extension Operator: CustomStringConvertible {
    public var description: String { text }
}
