import CTensorKernels

/// Views of a tensor's elements in another arrangement: transpose, reshape, a row, a range of rows.
/// Each is differentiable: the gradient flows back to the elements it was read from.
extension Tensor {
    /// The transpose of a 2-D tensor (a 1-D or 0-D tensor is its own transpose, as in NumPy).
    public func transposed() throws -> Tensor {
        let x = self
        guard rank == 2 else {
            guard rank < 2 else {
                throw TensorError.invalid("T", "transposes 2-D tensors, got shape \(Shape.text(shape)); reshape first")
            }
            return Tensor(shape: shape, data: data, op: "T", recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
                readElements(g) { pg in x.accumulateGrad { gx in for i in 0..<x.count { gx[i] += pg[i] } } }
            } }
        }
        let m = shape[0], n = shape[1]
        // A row or a column keeps its elements' order: it shares them (copy-on-write keeps it apart).
        let out = m == 1 || n == 1 ? data : readElements(data) { px in makeElements(m * n) { po in swiftgrad_transpose(px, m, n, po) } }
        return Tensor(shape: ShapeCache.matrix(n, m), data: out, op: "T", recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            readElements(g) { pg in x.accumulateGrad { gx in
                for i in 0..<m { for j in 0..<n { gx[i * n + j] += pg[j * m + i] } }
            } }
        } }
    }

    /// The same elements in another shape; one dimension may be -1 (inferred).
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        let x = self
        var s = newShape
        let unknown = s.indices.filter { s[$0] == -1 }
        guard unknown.count <= 1, s.allSatisfy({ $0 >= -1 }) else {
            throw TensorError.invalid("reshaped", "shape \(Shape.text(newShape)) may have one -1 and no other negative dimension")
        }
        let failure = TensorError.invalid("reshaped", "cannot reshape \(Shape.text(shape)) (\(count) elements) to \(Shape.text(newShape))")
        // The product of the given dimensions, without overflowing on absurd ones.
        var known = 1
        let hasZero = s.enumerated().contains { $0.offset != unknown.first && $0.element == 0 }
        for (i, d) in s.enumerated() where i != unknown.first && !hasZero {
            let (r, overflow) = known.multipliedReportingOverflow(by: d)
            guard !overflow else { throw failure }
            known = r
        }
        if hasZero { known = 0 }
        if let u = unknown.first {
            guard known > 0, count % known == 0 else { throw failure }
            s[u] = count / known
        } else if known != count {
            throw failure
        }
        return Tensor(shape: s, data: data, op: "reshaped", recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            readElements(g) { pg in x.accumulateGrad { gx in for i in 0..<x.count { gx[i] += pg[i] } } }
        } }
    }

    /// Rows `range` along the first axis (a mini-batch: `X.rows(0..<32)`); the range is clamped to
    /// nothing outside the tensor only if it fits, else an error.
    public func rows(_ range: Range<Int>) throws -> Tensor {
        let x = self
        guard rank >= 1 else { throw TensorError.invalid("subscript", "a 0-dimensional tensor has no rows") }
        guard range.lowerBound >= 0, range.upperBound <= shape[0] else {
            throw TensorError.invalid("subscript", "rows \(range.lowerBound)..<\(range.upperBound) are out of range for shape \(Shape.text(shape))")
        }
        let rowSize = shape[0] == 0 ? 0 : count / shape[0]
        let start = range.lowerBound * rowSize, n = range.count * rowSize
        let out = Array(data[start..<(start + n)])
        var s = shape
        s[0] = range.count
        return Tensor(shape: s, data: out, op: "[\(range.lowerBound)..<\(range.upperBound)]", recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            readElements(g) { pg in x.accumulateGrad { gx in for i in 0..<n { gx[start + i] += pg[i] } } }
        } }
    }

    /// Row `i` along the first axis (one dimension fewer).
    public func row(_ i: Int) throws -> Tensor {
        let x = self
        guard rank >= 1, i >= 0, i < shape[0] else {
            throw TensorError.invalid("subscript", "index \(i) is out of range for shape \(Shape.text(shape))")
        }
        let n = count / shape[0], start = i * n
        return Tensor(shape: Array(shape.dropFirst()), data: Array(data[start..<(start + n)]), op: "[\(i)]",
                      recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            readElements(g) { pg in x.accumulateGrad { gx in for j in 0..<n { gx[start + j] += pg[j] } } }
        } }
    }

    /// The element at a full index (no gradient: a Double leaves the graph).
    public func element(_ index: [Int]) throws -> Double { data[try offset(index)] }

    /// Writes one element in place (a leaf's value: an intermediate keeps its recorded graph).
    public func setElement(_ index: [Int], _ value: Double) throws { data[try offset(index)] = value }

    private func offset(_ index: [Int]) throws -> Int {
        guard index.count == rank else {
            throw TensorError.invalid("subscript", "\(index.count) indices for a \(rank)-dimensional tensor of shape \(Shape.text(shape))")
        }
        var off = 0
        for (d, i) in index.enumerated() {
            guard i >= 0, i < shape[d] else {
                throw TensorError.invalid("subscript", "index \(index) is out of range for shape \(Shape.text(shape))")
            }
            off = off * shape[d] + i
        }
        return off
    }
}
