// Reverse mode as functions, named after Swift's differentiable programming API. Each call builds
// a fresh graph from new leaves, runs one backward pass and reads the leaves' gradients.

/// df/dx at x.
public func gradient(at x: Double, of f: (Value) throws -> Value) rethrows -> Double {
    try valueWithGradient(at: x, of: f).gradient
}

/// (∂f/∂x, ∂f/∂y) at (x, y).
public func gradient(at x: Double, _ y: Double, of f: (Value, Value) throws -> Value) rethrows -> (Double, Double) {
    let g = try valueWithGradient(at: [x, y]) { v in try f(v[0], v[1]) }.gradient
    return (g[0], g[1])
}

/// ∇f at xs.
public func gradient(at xs: [Double], of f: ([Value]) throws -> Value) rethrows -> [Double] {
    try valueWithGradient(at: xs, of: f).gradient
}

/// f(x) and df/dx at x, from one forward and one backward pass.
public func valueWithGradient(at x: Double, of f: (Value) throws -> Value) rethrows
    -> (value: Double, gradient: Double)
{
    let r = try valueWithGradient(at: [x]) { v in try f(v[0]) }
    return (r.value, r.gradient[0])
}

/// f(xs) and ∇f at xs, from one forward and one backward pass. The leaves are labelled x0, x1, …
public func valueWithGradient(at xs: [Double], of f: ([Value]) throws -> Value) rethrows
    -> (value: Double, gradient: [Double])
{
    let leaves = xs.enumerated().map { Value($0.element, label: xs.count == 1 ? "x" : "x\($0.offset)") }
    let out = try f(leaves)
    out.backward()
    return (out.data, leaves.map { $0.grad })
}
