import Foundation

/// The backward rules of all built-in operations as one table, one line per op:
/// the local derivatives ∂out/∂a and ∂out/∂b of `out = op(a, b)` at the current data.
/// The forward computations are in `Value+Operators.swift` and `Value+Math.swift`.
extension Value {
    @inlinable @inline(__always)
    internal func localPartials(_ a: Double, _ b: Double) -> (Double, Double) {
        let out = data
        switch code {
        case .leaf, .custom: return (0, 0)
        case .add:      return (1, 1)
        case .sub:      return (1, -1)
        case .mul:      return (b, a)
        case .div:      return (1 / b, -a / (b * b))
        case .neg:      return (-1, 0)
        case .powConst: return (aux == 0 ? 0 : aux * Foundation.pow(a, aux - 1), 0)
        case .powValue: return (b == 0 ? 0 : b * Foundation.pow(a, b - 1), Value.powExponentPartial(a, out))
        case .relu:     return (a > 0 ? 1 : 0, 0)
        case .tanh:     return (1 - out * out, 0)
        case .sigmoid:  return (out * (1 - out), 0)
        case .exp:      return (out, 0)
        case .log:      return (1 / a, 0)
        case .sin:      return (Foundation.cos(a), 0)
        case .cos:      return (-Foundation.sin(a), 0)
        case .abs:      return (a > 0 ? 1 : (a < 0 ? -1 : 0), 0)
        }
    }

    /// ∂(a ** b)/∂b = a^b · ln a; 0 at a = 0 (the limit from the right), NaN for a negative base.
    @usableFromInline
    internal static func powExponentPartial(_ a: Double, _ out: Double) -> Double {
        if a > 0 { return out * Foundation.log(a) }
        if a == 0 { return 0 }
        return .nan
    }

    /// ∂self/∂parents[i] at the current data, in the same order as `parents`.
    public var localDerivatives: [Double] {
        if code == .custom { return extras?.customDerivatives ?? [] }
        guard let p0 = parent0?.takeUnretainedValue() else { return [] }
        let (d0, d1) = localPartials(p0.data, parent1?.takeUnretainedValue().data ?? 0)
        return parent1 == nil ? [d0] : [d0, d1]
    }
}
