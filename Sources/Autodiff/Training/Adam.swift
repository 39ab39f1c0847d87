import Foundation

/// Adam (Kingma & Ba) with bias-corrected first and second moment estimates.
/// It updates scalar `Value`s or tensor parameters (`init(tensors:)`), each element alike.
public final class Adam {
    public let params: [Value]
    public let tensors: [Tensor]
    private var tensorM: [[Double]] = []
    private var tensorV: [[Double]] = []
    public var lr: Double
    public let beta1: Double
    public let beta2: Double
    public let eps: Double
    private var m: [Double]
    private var v: [Double]
    private var t = 0

    public init(_ params: [Value], lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
                eps: Double = 1e-8) {
        self.params = params
        self.tensors = []
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        m = Array(repeating: 0, count: params.count)
        v = Array(repeating: 0, count: params.count)
    }

    public convenience init(tensors: [Tensor], lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
                            eps: Double = 1e-8) {
        self.init([], tensors: tensors, lr: lr, beta1: beta1, beta2: beta2, eps: eps)
    }

    private init(_ params: [Value], tensors: [Tensor], lr: Double, beta1: Double, beta2: Double, eps: Double) {
        self.params = params
        self.tensors = tensors
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        m = []
        v = []
        tensorM = tensors.map { Array(repeating: 0, count: $0.count) }
        tensorV = tensorM
    }

    public func step() {
        t += 1
        let c1 = 1 - Foundation.pow(beta1, Double(t))
        let c2 = 1 - Foundation.pow(beta2, Double(t))
        for (i, p) in params.enumerated() {
            let g = p.grad
            m[i] = beta1 * m[i] + (1 - beta1) * g
            v[i] = beta2 * v[i] + (1 - beta2) * g * g
            p.data -= lr * (m[i] / c1) / ((v[i] / c2).squareRoot() + eps)
        }
        for (k, t) in tensors.enumerated() {
            guard let g = t.grad else { continue }
            for i in 0..<t.count {
                tensorM[k][i] = beta1 * tensorM[k][i] + (1 - beta1) * g[i]
                tensorV[k][i] = beta2 * tensorV[k][i] + (1 - beta2) * g[i] * g[i]
                t.data[i] -= lr * (tensorM[k][i] / c1) / ((tensorV[k][i] / c2).squareRoot() + eps)
            }
        }
    }

    public func zeroGrad() {
        for p in params { p.zeroGrad() }
        for t in tensors { t.zeroGrad() }
    }
}
