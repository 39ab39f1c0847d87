import Foundation

/// A local derivative as a small expression over an op's operands, as a lesson writes it:
/// `∂(a·b)/∂a = b`, `∂(h ** 2)/∂h = 2·h`, `∂σ(x)/∂x = σ(x)·(1 - σ(x))`. `OpCode.formula` gives one per
/// op and operand; displays print it with `text(operands:number:)`, and tests `evaluate` it against
/// the op's `partials` and a finite difference.
public indirect enum Formula: Equatable, Sendable {
    case number(Double)
    /// The op's operand by position: 0 is a, 1 is b.
    case operand(Int)
    case negative(Formula)
    case difference(Formula, Formula)
    case product(Formula, Formula)
    case ratio(Formula, Formula)
    case power(Formula, Formula)
    case square(Formula)
    /// 1 when the argument is positive, else 0 (the derivative of relu).
    case step(Formula)
    case function(Function, Formula)

    public enum Function: String, Sendable {
        case tanhSquared = "tanh²", sigmoid = "σ", exp, ln, sin, cos, sign
    }

    /// The formula's value with the operands' values.
    public func evaluate(_ operands: [Double]) -> Double {
        switch self {
        case let .number(x): return x
        case let .operand(i): return i < operands.count ? operands[i] : .nan
        case let .negative(f): return -f.evaluate(operands)
        case let .difference(l, r): return l.evaluate(operands) - r.evaluate(operands)
        case let .product(l, r): return l.evaluate(operands) * r.evaluate(operands)
        case let .ratio(l, r): return l.evaluate(operands) / r.evaluate(operands)
        case let .power(l, r): return Foundation.pow(l.evaluate(operands), r.evaluate(operands))
        case let .square(f): let x = f.evaluate(operands); return x * x
        case let .step(f): return f.evaluate(operands) > 0 ? 1 : 0
        case let .function(fn, f):
            let x = f.evaluate(operands)
            switch fn {
            case .tanhSquared: let t = Foundation.tanh(x); return t * t
            case .sigmoid: return OpCode.stableSigmoid(x)
            case .exp: return Foundation.exp(x)
            case .ln: return Foundation.log(x)
            case .sin: return Foundation.sin(x)
            case .cos: return Foundation.cos(x)
            case .sign: return x > 0 ? 1 : (x < 0 ? -1 : 0)
            }
        }
    }

    /// The formula in the operands' names: `2·h`, `-a/b²`, `b·a^(b-1)`, `1 - tanh²(x)`.
    /// A missing name reads `x` for the first operand and `?` for the second.
    public func text(operands names: [String], number: (Double) -> String = Formula.plain) -> String {
        text(names, number, compact: false)
    }

    /// Whole numbers without a decimal point (`2`, `-1`), others as Swift prints them.
    public static func plain(_ x: Double) -> String {
        x == x.rounded() && Swift.abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    private func text(_ names: [String], _ number: (Double) -> String, compact: Bool) -> String {
        func sub(_ f: Formula) -> String { f.text(names, number, compact: compact) }
        switch self {
        case let .number(x): return number(x)
        case let .operand(i): return i < names.count ? names[i] : (i == 0 ? "x" : "?")
        case let .negative(f): return "-" + sub(f)
        case let .difference(l, r): return sub(l) + (compact ? "-" : " - ") + sub(r)
        case let .product(l, r): return Formula.grouped(sub(l), l) + "·" + Formula.grouped(sub(r), r)
        case let .ratio(l, r): return sub(l) + "/" + sub(r)
        case let .power(l, r):
            switch r {
            case .number, .operand: return sub(l) + "^" + sub(r)
            default: return sub(l) + "^(" + r.text(names, number, compact: true) + ")"
            }
        case let .square(f): return sub(f) + "²"
        case let .step(f): return "(\(sub(f)) > 0 ? 1 : 0)"
        case let .function(.ln, f): return "ln " + sub(f)
        case let .function(fn, f): return "\(fn.rawValue)(\(sub(f)))"
        }
    }

    /// A difference inside a product is parenthesised: `σ(x)·(1 - σ(x))`.
    private static func grouped(_ text: String, _ f: Formula) -> String {
        if case .difference = f { return "(" + text + ")" }
        return text
    }
}
