import Foundation

/// Losses on tensors, each one node with its gradient written out (the mean over all elements, or
/// over the rows for cross-entropy). Predictions and targets must have the same shape: NumPy would
/// broadcast [100, 1] against [100] into a 100×100 loss without a word, a classic silent bug.
extension Tensor {
    private static func sameShape(_ name: String, _ p: Tensor, _ t: Tensor) throws {
        guard p.shape == t.shape else {
            throw TensorError.shapeMismatch(op: name, lhs: p.shape, rhs: t.shape,
                                            reason: "differ (predictions and targets need the same shape; reshape one)")
        }
    }

    /// Mean of (p − t)² over all elements. d/dp = 2(p − t)/N.
    public static func mse(_ p: Tensor, _ t: Tensor) throws -> Tensor {
        try sameShape("mse", p, t)
        return pairwise("mse", p, t,
                        loss: { p, t in (p - t) * (p - t) },
                        dP: { p, t in 2 * (p - t) },
                        dT: { p, t in -2 * (p - t) })
    }

    /// Mean of −(t·log p + (1 − t)·log(1 − p)) for probabilities p in (0, 1). A target of exactly
    /// 0 or 1 contributes only its one term (as the scalar loss).
    public static func binaryCrossEntropy(_ p: Tensor, _ t: Tensor) throws -> Tensor {
        try sameShape("binaryCrossEntropy", p, t)
        return pairwise("binaryCrossEntropy", p, t,
                        loss: { p, t in
                            if t == 1 { return -Foundation.log(p) }
                            if t == 0 { return -Foundation.log(1 - p) }
                            return -(t * Foundation.log(p) + (1 - t) * Foundation.log(1 - p))
                        },
                        dP: { p, t in
                            if t == 1 { return -1 / p }
                            if t == 0 { return 1 / (1 - p) }
                            return -t / p + (1 - t) / (1 - p)
                        },
                        dT: { p, t in -Foundation.log(p) + Foundation.log(1 - p) })
    }

    /// A mean over element pairs with its two partial derivatives (inlined into each loss, so the
    /// forward loop calls no closure per element).
    @inline(__always)
    private static func pairwise(_ name: String, _ p: Tensor, _ t: Tensor,
                                 loss: @escaping (Double, Double) -> Double,
                                 dP: @escaping (Double, Double) -> Double,
                                 dT: @escaping (Double, Double) -> Double) -> Tensor {
        let n = p.count
        var total = 0.0
        readElements(p.data) { pp in readElements(t.data) { pt in for i in 0..<n { total += loss(pp[i], pt[i]) } } }
        let scale = n == 0 ? 0 : 1 / Double(n)
        return Tensor(shape: [], data: [total * scale], op: name, recording: p.requiresGrad || t.requiresGrad, parents: [p, t]) { { [unowned p, unowned t] g in
            let gi = g[0] * scale
            readElements(p.data) { pp in readElements(t.data) { pt in
                p.accumulateGrad { gp in for i in 0..<n { gp[i] += gi * dP(pp[i], pt[i]) } }
                t.accumulateGrad { gt in for i in 0..<n { gt[i] += gi * dT(pp[i], pt[i]) } }
            } }
        } }
    }

    /// Mean over rows of −log softmax(logits)[label]: logits N×C, one class index per row.
    /// d/dlogits = (softmax − onehot(label)) / N.
    public static func crossEntropy(_ logits: Tensor, labels: [Int]) throws -> Tensor {
        guard logits.rank == 2 else {
            throw TensorError.invalid("crossEntropy", "logits must be 2-D (examples × classes), got shape \(Shape.text(logits.shape))")
        }
        let rows = logits.shape[0], c = logits.shape[1]
        guard labels.count == rows else {
            throw TensorError.shapeMismatch(op: "crossEntropy", lhs: logits.shape, rhs: [labels.count],
                                            reason: "differ (one label per row of logits)")
        }
        if let bad = labels.first(where: { $0 < 0 || $0 >= c }) {
            throw TensorError.invalid("crossEntropy", "label \(bad) is not a class of \(c) (0..<\(c))")
        }
        let logp = try logits.detached().logSoftmax().data
        var total = 0.0
        for r in 0..<rows { total -= logp[r * c + labels[r]] }
        let scale = rows == 0 ? 0 : 1 / Double(rows)
        return Tensor(shape: [], data: [total * scale], op: "crossEntropy", recording: logits.requiresGrad, parents: [logits]) { { [unowned logits] g in
            let gi = g[0] * scale
            readElements(logp) { lp in logits.accumulateGrad { gx in
                for r in 0..<rows {
                    for j in 0..<c { gx[r * c + j] += gi * Foundation.exp(lp[r * c + j]) }
                    gx[r * c + labels[r]] -= gi
                }
            } }
        } }
    }
}
