import Foundation

/// A dual number `value + derivative·ε` (ε² = 0) for forward-mode differentiation: running a
/// function on `Dual(x, derivative: 1)` carries df/dx along with f(x) in a single forward pass.
public struct Dual: Equatable, CustomStringConvertible {
    public var value: Double
    public var derivative: Double

    public init(_ value: Double, derivative: Double = 0) {
        self.value = value
        self.derivative = derivative
    }

    public var description: String { "Dual(value: \(value), derivative: \(derivative))" }

    /// One op of the table (`OpCode`) on dual numbers: the value is the op's `forward`, the tangent
    /// the op's local partials times the operands' tangents (an operand with tangent 0 adds nothing —
    /// not even NaN where its partial is infinite or undefined, as for `(-2) ** y` with a constant y).
    @inlinable
    public static func apply(_ code: OpCode, _ a: Dual, _ b: Dual = Dual(0), exponent n: Double = 0) -> Dual {
        let out = code.forward(a.value, b.value, exponent: n)
        let (da, db) = code.partials(a.value, b.value, out: out, exponent: n)
        return Dual(out, derivative: (a.derivative == 0 ? 0 : da * a.derivative) + (b.derivative == 0 ? 0 : db * b.derivative))
    }

    public static func + (a: Dual, b: Dual) -> Dual { apply(.add, a, b) }
    public static func - (a: Dual, b: Dual) -> Dual { apply(.sub, a, b) }
    public static func * (a: Dual, b: Dual) -> Dual { apply(.mul, a, b) }
    public static func / (a: Dual, b: Dual) -> Dual { apply(.div, a, b) }
    public static prefix func - (a: Dual) -> Dual { apply(.neg, a) }

    public static func + (a: Dual, b: Double) -> Dual { a + Dual(b) }
    public static func - (a: Dual, b: Double) -> Dual { a - Dual(b) }
    public static func * (a: Dual, b: Double) -> Dual { a * Dual(b) }
    public static func / (a: Dual, b: Double) -> Dual { a / Dual(b) }
    public static func + (a: Double, b: Dual) -> Dual { Dual(a) + b }
    public static func - (a: Double, b: Dual) -> Dual { Dual(a) - b }
    public static func * (a: Double, b: Dual) -> Dual { Dual(a) * b }
    public static func / (a: Double, b: Dual) -> Dual { Dual(a) / b }

    public static func += (a: inout Dual, b: Dual) { a = a + b }
    public static func -= (a: inout Dual, b: Dual) { a = a - b }
    public static func *= (a: inout Dual, b: Dual) { a = a * b }
    public static func /= (a: inout Dual, b: Dual) { a = a / b }
    public static func += (a: inout Dual, b: Double) { a = a + b }
    public static func -= (a: inout Dual, b: Double) { a = a - b }
    public static func *= (a: inout Dual, b: Double) { a = a * b }
    public static func /= (a: inout Dual, b: Double) { a = a / b }

    /// `x ** n` with a number exponent.
    public static func ** (a: Dual, n: Double) -> Dual { apply(.powConst, a, exponent: n) }
    /// `x ** y`.
    public static func ** (a: Dual, b: Dual) -> Dual { apply(.powValue, a, b) }
    public static func ** (a: Double, b: Dual) -> Dual { Dual(a) ** b }

    public func relu() -> Dual { Dual.apply(.relu, self) }
    public func tanh() -> Dual { Dual.apply(.tanh, self) }
    public func sigmoid() -> Dual { Dual.apply(.sigmoid, self) }
    public func exp() -> Dual { Dual.apply(.exp, self) }
    public func log() -> Dual { Dual.apply(.log, self) }
    public func sin() -> Dual { Dual.apply(.sin, self) }
    public func cos() -> Dual { Dual.apply(.cos, self) }
    public func abs() -> Dual { Dual.apply(.abs, self) }
}

public func relu(_ x: Dual) -> Dual { x.relu() }
public func tanh(_ x: Dual) -> Dual { x.tanh() }
public func sigmoid(_ x: Dual) -> Dual { x.sigmoid() }
public func exp(_ x: Dual) -> Dual { x.exp() }
public func log(_ x: Dual) -> Dual { x.log() }
public func sin(_ x: Dual) -> Dual { x.sin() }
public func cos(_ x: Dual) -> Dual { x.cos() }
public func abs(_ x: Dual) -> Dual { x.abs() }
public func pow(_ x: Dual, _ n: Double) -> Dual { x ** n }
public func pow(_ x: Dual, _ y: Dual) -> Dual { x ** y }
