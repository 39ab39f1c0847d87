/// Forward mode: one pass per input direction, each carrying a directional derivative.

/// df/dx at x, from one forward pass on a dual number.
public func derivative(at x: Double, of f: (Dual) throws -> Dual) rethrows -> Double {
    try f(Dual(x, derivative: 1)).derivative
}

/// f(xs) and the directional derivative ∇f·direction at xs, from one forward pass (Jacobian-vector
/// product). Missing direction components count as 0.
public func jvp(at xs: [Double], direction: [Double], of f: ([Dual]) throws -> Dual) rethrows
    -> (value: Double, derivative: Double)
{
    let inputs = xs.enumerated().map { i, x in Dual(x, derivative: i < direction.count ? direction[i] : 0) }
    let out = try f(inputs)
    return (out.value, out.derivative)
}
