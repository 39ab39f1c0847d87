import Foundation

// The elementwise functions build nodes; what each computes and its derivative are in OpCode.swift.
extension Value {
    /// max(0, x).
    public __consuming func relu() -> Value { Value.make(.relu, adopting: self) }
    public __consuming func tanh() -> Value { Value.make(.tanh, adopting: self) }
    /// 1 / (1 + e^-x), computed without overflow for large |x|.
    public __consuming func sigmoid() -> Value { Value.make(.sigmoid, adopting: self) }
    public __consuming func exp() -> Value { Value.make(.exp, adopting: self) }
    /// Natural logarithm (NaN below 0, -inf at 0, as `Foundation.log`).
    public __consuming func log() -> Value { Value.make(.log, adopting: self) }
    public __consuming func sin() -> Value { Value.make(.sin, adopting: self) }
    public __consuming func cos() -> Value { Value.make(.cos, adopting: self) }
    /// |x|; its derivative at 0 is taken as 0.
    public __consuming func abs() -> Value { Value.make(.abs, adopting: self) }
}

public func relu(_ x: Value) -> Value { x.relu() }
public func tanh(_ x: Value) -> Value { x.tanh() }
public func sigmoid(_ x: Value) -> Value { x.sigmoid() }
public func exp(_ x: Value) -> Value { x.exp() }
public func log(_ x: Value) -> Value { x.log() }
public func sin(_ x: Value) -> Value { x.sin() }
public func cos(_ x: Value) -> Value { x.cos() }
public func abs(_ x: Value) -> Value { x.abs() }
