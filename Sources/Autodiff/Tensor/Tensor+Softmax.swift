import Foundation

/// Softmax and log-softmax along the last axis, computed stably (the row maximum subtracted first).
/// Backward: for y = softmax(x), dx = y ⊙ (g − Σ g⊙y); for y = logSoftmax(x), dx = g − softmax(x)·Σ g.
extension Tensor {
    public func softmax() throws -> Tensor { try softmax(log: false) }
    public func logSoftmax() throws -> Tensor { try softmax(log: true) }

    private func softmax(log: Bool) throws -> Tensor {
        let x = self
        let name = log ? "logSoftmax" : "softmax"
        guard rank >= 1 else { throw TensorError.invalid(name, "needs at least one dimension, got a 0-dimensional tensor") }
        let n = shape[rank - 1], rowsCount = n == 0 ? 0 : count / n
        // p: the probabilities (kept for backward in both cases).
        var p = [Double](repeating: 0, count: count)
        let out = readElements(data) { px in makeElements(count) { po in
            p.withUnsafeMutableBufferPointer { pp in
                for r in 0..<rowsCount {
                    let base = r * n
                    var m = px[base]
                    for j in 1..<Swift.max(n, 1) where px[base + j] > m { m = px[base + j] }
                    var s = 0.0
                    for j in 0..<n { let e = Foundation.exp(px[base + j] - m); pp[base + j] = e; s += e }
                    let logS = Foundation.log(s)
                    for j in 0..<n {
                        pp[base + j] /= s
                        po[base + j] = log ? px[base + j] - m - logS : pp[base + j]
                    }
                }
            }
        } }
        return Tensor(shape: shape, data: out, op: name, recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            readElements(g) { pg in readElements(p) { pp in x.accumulateGrad { gx in
                for r in 0..<rowsCount {
                    let base = r * n
                    var s = 0.0
                    for j in 0..<n { s += log ? pg[base + j] : pg[base + j] * pp[base + j] }
                    for j in 0..<n {
                        gx[base + j] += log ? pg[base + j] - pp[base + j] * s : pp[base + j] * (pg[base + j] - s)
                    }
                }
            } } }
        } }
    }
}
