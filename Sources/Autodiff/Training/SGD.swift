/// Stochastic gradient descent, optionally with momentum (PyTorch's form: v ← μ·v + g, p ← p − lr·v).
public final class SGD {
    public let params: [Value]
    public var lr: Double
    public var momentum: Double
    private var velocity: [Double]

    public init(_ params: [Value], lr: Double, momentum: Double = 0) {
        self.params = params
        self.lr = lr
        self.momentum = momentum
        velocity = Array(repeating: 0, count: params.count)
    }

    /// Moves every parameter against its gradient.
    public func step() {
        for (i, p) in params.enumerated() {
            if momentum == 0 {
                p.data -= lr * p.grad
            } else {
                velocity[i] = momentum * velocity[i] + p.grad
                p.data -= lr * velocity[i]
            }
        }
    }

    /// Zeroes the parameters' gradients (call before each backward pass).
    public func zeroGrad() { for p in params { p.zeroGrad() } }
}
