/// Stochastic gradient descent, optionally with momentum (PyTorch's form: v ← μ·v + g, p ← p − lr·v).
/// It updates scalar `Value`s or tensor parameters (`init(tensors:)`), each element alike.
public final class SGD {
    public let params: [Value]
    public let tensors: [Tensor]
    public var lr: Double
    public var momentum: Double
    private var velocity: [Double]
    private var tensorVelocity: [[Double]]

    public init(_ params: [Value], lr: Double, momentum: Double = 0) {
        self.params = params
        self.tensors = []
        self.lr = lr
        self.momentum = momentum
        velocity = Array(repeating: 0, count: params.count)
        tensorVelocity = []
    }

    public init(tensors: [Tensor], lr: Double, momentum: Double = 0) {
        self.params = []
        self.tensors = tensors
        self.lr = lr
        self.momentum = momentum
        velocity = []
        tensorVelocity = tensors.map { Array(repeating: 0, count: $0.count) }
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
        for (k, t) in tensors.enumerated() {
            guard let g = t.grad else { continue }
            for i in 0..<t.count {
                if momentum == 0 {
                    t.data[i] -= lr * g[i]
                } else {
                    tensorVelocity[k][i] = momentum * tensorVelocity[k][i] + g[i]
                    t.data[i] -= lr * tensorVelocity[k][i]
                }
            }
        }
    }

    /// Zeroes the parameters' gradients (call before each backward pass).
    public func zeroGrad() {
        for p in params { p.zeroGrad() }
        for t in tensors { t.zeroGrad() }
    }
}
