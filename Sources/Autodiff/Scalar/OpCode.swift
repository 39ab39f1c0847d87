import Foundation

/// The built-in operations and their rules: one table, one line per op in each of the four
/// switches below, read side by side as micrograd reads an op's forward and `_backward`:
///
/// - `symbol`: the name learners see (`Value.op`);
/// - `forward`: out = op(a, b) (b is 0 for unary ops; `n` is the exponent of `x ** n`);
/// - `partials`: the local derivatives (∂out/∂a, ∂out/∂b) at the current data — what the reverse
///   walk multiplies the upstream gradient by, and what forward mode (`Dual`) multiplies tangents by;
/// - `formula`: the same derivatives written in the operands' names (`∂(a·b)/∂a = b`), which the
///   displays print in chain-rule sentences; `OpRuleTests` checks that each formula evaluates to
///   `partials` and that both agree with a central finite difference.
///
/// A node stores its op as one byte.
public enum OpCode: UInt8, CaseIterable, Sendable {
    case leaf, add, sub, mul, div, neg, powConst, powValue
    case relu, tanh, sigmoid, exp, log, sin, cos, abs
    case custom

    /// The name shown to learners (`Value.op`; a custom op shows its own name instead).
    public var symbol: String {
        switch self {
        case .leaf:     return ""
        case .add:      return "+"
        case .sub:      return "-"
        case .mul:      return "*"
        case .div:      return "/"
        case .neg:      return "neg"
        case .powConst, .powValue: return "**"
        case .relu:     return "relu"
        case .tanh:     return "tanh"
        case .sigmoid:  return "sigmoid"
        case .exp:      return "exp"
        case .log:      return "log"
        case .sin:      return "sin"
        case .cos:      return "cos"
        case .abs:      return "abs"
        case .custom:   return "custom"
        }
    }

    /// The number of operands (custom ops have any number: -1).
    public var arity: Int {
        switch self {
        case .leaf: return 0
        case .add, .sub, .mul, .div, .powValue: return 2
        case .custom: return -1
        default: return 1
        }
    }

    /// out = op(a, b); `n` is the exponent of `x ** n`.
    @inlinable @inline(__always)
    public func forward(_ a: Double, _ b: Double = 0, exponent n: Double = 0) -> Double {
        switch self {
        case .leaf, .custom: return a
        case .add:      return a + b
        case .sub:      return a - b
        case .mul:      return a * b
        case .div:      return a / b
        case .neg:      return -a
        case .powConst: return Foundation.pow(a, n)
        case .powValue: return Foundation.pow(a, b)
        case .relu:     return a > 0 ? a : 0
        case .tanh:     return Foundation.tanh(a)
        case .sigmoid:  return OpCode.stableSigmoid(a)
        case .exp:      return Foundation.exp(a)
        case .log:      return Foundation.log(a)  // NaN below 0, -inf at 0
        case .sin:      return Foundation.sin(a)
        case .cos:      return Foundation.cos(a)
        case .abs:      return Swift.abs(a)
        }
    }

    /// (∂out/∂a, ∂out/∂b) at a, b and out = forward(a, b, exponent: n).
    @inlinable @inline(__always)
    public func partials(_ a: Double, _ b: Double, out: Double, exponent n: Double) -> (Double, Double) {
        switch self {
        case .leaf, .custom: return (0, 0)
        case .add:      return (1, 1)
        case .sub:      return (1, -1)
        case .mul:      return (b, a)
        case .div:      return (1 / b, -a / (b * b))
        case .neg:      return (-1, 0)
        case .powConst: return (n == 0 ? 0 : n * Foundation.pow(a, n - 1), 0)
        case .powValue: return (b == 0 ? 0 : b * Foundation.pow(a, b - 1), OpCode.powExponentPartial(a, out))
        case .relu:     return (a > 0 ? 1 : 0, 0)
        case .tanh:     return (1 - out * out, 0)
        case .sigmoid:  return (out * (1 - out), 0)
        case .exp:      return (out, 0)
        case .log:      return (1 / a, 0)
        case .sin:      return (Foundation.cos(a), 0)
        case .cos:      return (-Foundation.sin(a), 0)
        case .abs:      return (a > 0 ? 1 : (a < 0 ? -1 : 0), 0)  // sign(a); 0 at 0
        }
    }

    /// ∂out/∂operand[slot] as a formula in the operands a (`.operand(0)`) and b (`.operand(1)`);
    /// nil for leaves and custom ops (their derivatives are given, not derived).
    public func formula(slot: Int, exponent n: Double = 0) -> Formula? {
        let a = Formula.operand(0), b = Formula.operand(1), first = slot == 0
        switch self {
        case .leaf, .custom: return nil
        case .add:      return .number(1)
        case .sub:      return .number(first ? 1 : -1)
        case .mul:      return first ? b : a
        case .div:      return first ? .ratio(.number(1), b) : .negative(.ratio(a, .square(b)))
        case .neg:      return .number(-1)
        case .powConst: return n - 1 == 0 ? .number(n)
                             : .product(.number(n), n - 1 == 1 ? a : .power(a, .number(n - 1)))
        case .powValue: return first ? .product(b, .power(a, .difference(b, .number(1))))
                                     : .product(.power(a, b), .function(.ln, a))
        case .relu:     return .step(a)
        case .tanh:     return .difference(.number(1), .function(.tanhSquared, a))
        case .sigmoid:  return .product(.function(.sigmoid, a), .difference(.number(1), .function(.sigmoid, a)))
        case .exp:      return .function(.exp, a)
        case .log:      return .ratio(.number(1), a)
        case .sin:      return .function(.cos, a)
        case .cos:      return .negative(.function(.sin, a))
        case .abs:      return .function(.sign, a)
        }
    }

    /// What the op computes and its derivative, for help texts: "max(0, x); derivative (x > 0 ? 1 : 0)."
    public var help: String {
        guard let d = formula(slot: 0) else { return meaning + "." }
        return meaning + "; derivative " + d.text(operands: ["x"]) + "."
    }

    /// What the op computes, for help texts (`help(x.relu)`).
    public var meaning: String {
        switch self {
        case .leaf:     return "A leaf: an input or a parameter"
        case .add:      return "a + b"
        case .sub:      return "a - b"
        case .mul:      return "a · b"
        case .div:      return "a / b"
        case .neg:      return "-a"
        case .powConst: return "a ** n with a number n"
        case .powValue: return "a ** b"
        case .relu:     return "max(0, x)"
        case .tanh:     return "The hyperbolic tangent"
        case .sigmoid:  return "1 / (1 + e^−x)"
        case .exp:      return "e^x"
        case .log:      return "The natural logarithm"
        case .sin:      return "The sine"
        case .cos:      return "The cosine"
        case .abs:      return "|x|"
        case .custom:   return "An operation given with its local derivatives"
        }
    }

    /// 1 / (1 + e^-x), computed without overflow for large |x|.
    @usableFromInline
    internal static func stableSigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
        let e = Foundation.exp(x)
        return e / (1 + e)
    }

    /// ∂(a ** b)/∂b = a^b · ln a; 0 at a = 0 (the limit from the right), NaN for a negative base.
    @usableFromInline
    internal static func powExponentPartial(_ a: Double, _ out: Double) -> Double {
        if a > 0 { return out * Foundation.log(a) }
        if a == 0 { return 0 }
        return .nan
    }
}
