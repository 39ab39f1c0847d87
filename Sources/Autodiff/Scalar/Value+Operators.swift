import Foundation

/// `a ** b`: power, binding tighter than `*` and right-associative (`2 ** 3 ** 2` is `2 ** 9`).
precedencegroup PowerPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}
infix operator ** : PowerPrecedence

// The arithmetic operators build nodes; what each computes and its derivatives are in OpCode.swift.
// A plain number operand becomes a constant leaf node, so the graph shows it (as micrograd does).
extension Value {
    // Operands are taken `__owned`: a temporary's reference passes to the new node (see `make(_:adopting:)`).
    @inlinable public static func + (a: __owned Value, b: __owned Value) -> Value { Value.make(.add, adopting: a, b) }
    @inlinable public static func - (a: __owned Value, b: __owned Value) -> Value { Value.make(.sub, adopting: a, b) }
    @inlinable public static func * (a: __owned Value, b: __owned Value) -> Value { Value.make(.mul, adopting: a, b) }
    @inlinable public static func / (a: __owned Value, b: __owned Value) -> Value { Value.make(.div, adopting: a, b) }
    @inlinable public static prefix func - (a: __owned Value) -> Value { Value.make(.neg, adopting: a) }

    @inlinable public static func + (a: __owned Value, b: Double) -> Value { a + Value.constant(b) }
    @inlinable public static func - (a: __owned Value, b: Double) -> Value { a - Value.constant(b) }
    @inlinable public static func * (a: __owned Value, b: Double) -> Value { a * Value.constant(b) }
    @inlinable public static func / (a: __owned Value, b: Double) -> Value { a / Value.constant(b) }
    @inlinable public static func + (a: Double, b: __owned Value) -> Value { Value.constant(a) + b }
    @inlinable public static func - (a: Double, b: __owned Value) -> Value { Value.constant(a) - b }
    @inlinable public static func * (a: Double, b: __owned Value) -> Value { Value.constant(a) * b }
    @inlinable public static func / (a: Double, b: __owned Value) -> Value { Value.constant(a) / b }

    /// `x ** n` with a number exponent: one operand, the exponent kept in the node.
    @inlinable public static func ** (a: __owned Value, n: Double) -> Value { Value.make(.powConst, adopting: a, exponent: n) }
    /// `x ** y` with a Value exponent: both are operands.
    @inlinable public static func ** (a: __owned Value, b: __owned Value) -> Value { Value.make(.powValue, adopting: a, b) }
    /// `2 ** x`: the base becomes a constant leaf.
    @inlinable public static func ** (a: Double, b: __owned Value) -> Value { Value.constant(a) ** b }

    @inlinable public static func += (a: inout Value, b: Value) { a = a + b }
    @inlinable public static func -= (a: inout Value, b: Value) { a = a - b }
    @inlinable public static func *= (a: inout Value, b: Value) { a = a * b }
    @inlinable public static func /= (a: inout Value, b: Value) { a = a / b }
    @inlinable public static func += (a: inout Value, b: Double) { a = a + b }
    @inlinable public static func -= (a: inout Value, b: Double) { a = a - b }
    @inlinable public static func *= (a: inout Value, b: Double) { a = a * b }
    @inlinable public static func /= (a: inout Value, b: Double) { a = a / b }
}

/// `pow(x, 2)`: the same node as `x ** 2`.
@inlinable public func pow(_ a: Value, _ n: Double) -> Value { a ** n }
/// `pow(x, y)`: the same node as `x ** y`.
@inlinable public func pow(_ a: Value, _ b: Value) -> Value { a ** b }
