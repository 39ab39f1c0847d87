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

    public static func + (a: Dual, b: Dual) -> Dual { Dual(a.value + b.value, derivative: a.derivative + b.derivative) }
    public static func - (a: Dual, b: Dual) -> Dual { Dual(a.value - b.value, derivative: a.derivative - b.derivative) }
    public static func * (a: Dual, b: Dual) -> Dual {
        Dual(a.value * b.value, derivative: a.derivative * b.value + a.value * b.derivative)
    }
    public static func / (a: Dual, b: Dual) -> Dual {
        Dual(a.value / b.value, derivative: (a.derivative * b.value - a.value * b.derivative) / (b.value * b.value))
    }
    public static prefix func - (a: Dual) -> Dual { Dual(-a.value, derivative: -a.derivative) }

    public static func + (a: Dual, b: Double) -> Dual { a + Dual(b) }
    public static func - (a: Dual, b: Double) -> Dual { a - Dual(b) }
    public static func * (a: Dual, b: Double) -> Dual { Dual(a.value * b, derivative: a.derivative * b) }
    public static func / (a: Dual, b: Double) -> Dual { Dual(a.value / b, derivative: a.derivative / b) }
    public static func + (a: Double, b: Dual) -> Dual { Dual(a) + b }
    public static func - (a: Double, b: Dual) -> Dual { Dual(a) - b }
    public static func * (a: Double, b: Dual) -> Dual { b * a }
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
    public static func ** (a: Dual, n: Double) -> Dual {
        let d = n == 0 ? 0 : n * Foundation.pow(a.value, n - 1)
        return Dual(Foundation.pow(a.value, n), derivative: d * a.derivative)
    }
    /// `x ** y`: the same local derivatives as `Value`'s (`BackwardRules.swift`).
    public static func ** (a: Dual, b: Dual) -> Dual {
        let out = Foundation.pow(a.value, b.value)
        let da = b.value == 0 ? 0 : b.value * Foundation.pow(a.value, b.value - 1)
        let db = b.derivative == 0 ? 0 : Value.powExponentPartial(a.value, out)
        return Dual(out, derivative: da * a.derivative + db * b.derivative)
    }
    public static func ** (a: Double, b: Dual) -> Dual { Dual(a) ** b }

    /// The chain rule for an elementwise function: f(x) and f'(x)·dx.
    private func chain(_ value: Double, _ localDerivative: Double) -> Dual {
        Dual(value, derivative: localDerivative * derivative)
    }

    public func relu() -> Dual { chain(value > 0 ? value : 0, value > 0 ? 1 : 0) }
    public func tanh() -> Dual { let t = Foundation.tanh(value); return chain(t, 1 - t * t) }
    public func sigmoid() -> Dual { let s = Value.stableSigmoid(value); return chain(s, s * (1 - s)) }
    public func exp() -> Dual { let e = Foundation.exp(value); return chain(e, e) }
    public func log() -> Dual { chain(Foundation.log(value), 1 / value) }
    public func sin() -> Dual { chain(Foundation.sin(value), Foundation.cos(value)) }
    public func cos() -> Dual { chain(Foundation.cos(value), -Foundation.sin(value)) }
    public func abs() -> Dual { chain(Swift.abs(value), value > 0 ? 1 : (value < 0 ? -1 : 0)) }
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
