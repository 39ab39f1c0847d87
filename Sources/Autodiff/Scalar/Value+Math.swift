import Foundation

// Forward computations of the elementwise functions; their backward rules are in BackwardRules.swift.
extension Value {
    /// max(0, x).
    public func relu() -> Value { Value(data > 0 ? data : 0, code: .relu, self) }
    public func tanh() -> Value { Value(Foundation.tanh(data), code: .tanh, self) }
    /// 1 / (1 + e^-x), computed without overflow for large |x|.
    public func sigmoid() -> Value { Value(Value.stableSigmoid(data), code: .sigmoid, self) }
    public func exp() -> Value { Value(Foundation.exp(data), code: .exp, self) }
    /// Natural logarithm (NaN below 0, -inf at 0, as `Foundation.log`).
    public func log() -> Value { Value(Foundation.log(data), code: .log, self) }
    public func sin() -> Value { Value(Foundation.sin(data), code: .sin, self) }
    public func cos() -> Value { Value(Foundation.cos(data), code: .cos, self) }
    /// |x|; its derivative at 0 is taken as 0.
    public func abs() -> Value { Value(Swift.abs(data), code: .abs, self) }

    internal static func stableSigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
        let e = Foundation.exp(x)
        return e / (1 + e)
    }
}

public func relu(_ x: Value) -> Value { x.relu() }
public func tanh(_ x: Value) -> Value { x.tanh() }
public func sigmoid(_ x: Value) -> Value { x.sigmoid() }
public func exp(_ x: Value) -> Value { x.exp() }
public func log(_ x: Value) -> Value { x.log() }
public func sin(_ x: Value) -> Value { x.sin() }
public func cos(_ x: Value) -> Value { x.cos() }
public func abs(_ x: Value) -> Value { x.abs() }
