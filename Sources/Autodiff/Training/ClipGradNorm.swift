/// Scales the gradients down so their global L2 norm is at most `maxNorm` (as PyTorch's
/// `clip_grad_norm_`); returns the norm before clipping.
@discardableResult
public func clipGradNorm(_ params: [Value], maxNorm: Double) -> Double {
    let norm = params.reduce(0) { $0 + $1.grad * $1.grad }.squareRoot()
    if norm > maxNorm && norm.isFinite {
        let scale = maxNorm / (norm + 1e-6)
        for p in params { p.grad *= scale }
    }
    return norm
}
