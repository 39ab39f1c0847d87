import Foundation

// The elementwise functions build nodes; what each computes and its derivative are in OpCode.swift.
extension Value {
    /// max(0, x).
    public func relu() -> Value { Value.make(.relu, self) }
    public func tanh() -> Value { Value.make(.tanh, self) }
    /// 1 / (1 + e^-x), computed without overflow for large |x|.
    public func sigmoid() -> Value { Value.make(.sigmoid, self) }
    public func exp() -> Value { Value.make(.exp, self) }
    /// Natural logarithm (NaN below 0, -inf at 0, as `Foundation.log`).
    public func log() -> Value { Value.make(.log, self) }
    public func sin() -> Value { Value.make(.sin, self) }
    public func cos() -> Value { Value.make(.cos, self) }
    /// |x|; its derivative at 0 is taken as 0.
    public func abs() -> Value { Value.make(.abs, self) }
}

public func relu(_ x: Value) -> Value { x.relu() }
public func tanh(_ x: Value) -> Value { x.tanh() }
public func sigmoid(_ x: Value) -> Value { x.sigmoid() }
public func exp(_ x: Value) -> Value { x.exp() }
public func log(_ x: Value) -> Value { x.log() }
public func sin(_ x: Value) -> Value { x.sin() }
public func cos(_ x: Value) -> Value { x.cos() }
public func abs(_ x: Value) -> Value { x.abs() }
