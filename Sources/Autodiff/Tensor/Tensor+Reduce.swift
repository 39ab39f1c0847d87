import CTensorKernels

/// Reductions: over all elements (a 0-dimensional result) or along one axis (that axis dropped, as
/// NumPy's default). A sum spreads its gradient back unchanged, a mean divided by the count, a max
/// to the first element that attained it.
public enum Reduction: String {
    case sum, mean, max
}

extension Tensor {
    public func sum() -> Tensor { reduceAll(.sum) }
    public func mean() -> Tensor { reduceAll(.mean) }
    public func max() throws -> Tensor {
        guard count > 0 else { throw TensorError.invalid("max", "of an empty tensor") }
        return reduceAll(.max)
    }
    public func sum(axis: Int) throws -> Tensor { try reduce(.sum, axis: axis) }
    public func mean(axis: Int) throws -> Tensor { try reduce(.mean, axis: axis) }
    public func max(axis: Int) throws -> Tensor { try reduce(.max, axis: axis) }

    private func reduceAll(_ r: Reduction) -> Tensor {
        let x = self, n = count
        var value = 0.0, at = 0
        readElements(data) { px in
            switch r {
            case .sum, .mean:
                for i in 0..<n { value += px[i] }
                if r == .mean { value /= Double(n) }
            case .max:
                value = n > 0 ? px[0] : 0
                for i in 0..<n where px[i] > value { value = px[i]; at = i }
            }
        }
        return Tensor(shape: [], data: [value], op: r.rawValue, recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            let gi = g[0]
            x.accumulateGrad { gx in
                switch r {
                case .sum: for i in 0..<n { gx[i] += gi }
                case .mean: for i in 0..<n { gx[i] += gi / Double(n) }
                case .max: gx[at] += gi
                }
            }
        } }
    }

    /// Along `axis`: the shape seen as outer × len × inner, reduced over len.
    private func reduce(_ r: Reduction, axis: Int) throws -> Tensor {
        let x = self
        let ax = try Shape.axis(axis, rank: rank, op: r.rawValue)
        let len = shape[ax]
        if r == .max && len == 0 { throw TensorError.invalid("max", "along an empty axis of shape \(Shape.text(shape))") }
        let outer = shape[..<ax].reduce(1, *), inner = shape[(ax + 1)...].reduce(1, *)
        var outShape = rank == 2 ? ShapeCache.vector(shape[1 - ax]) : shape
        if rank != 2 { outShape.remove(at: ax) }
        var argmax = r == .max ? [Int](repeating: 0, count: outer * inner) : []
        let out = readElements(data) { px in makeElements(outer * inner) { po in
            if r == .sum && outer == 1 {
                // Down the columns of a matrix (db = dz.sum(axis: 0)): rows added into the result.
                swiftgrad_column_sums(px, len, inner, po)
                return
            }
            for o in 0..<outer {
                for j in 0..<inner {
                    let base = o * len * inner + j
                    var v = r == .max ? px[base] : 0, at = 0
                    for l in 0..<len {
                        let e = px[base + l * inner]
                        if r == .max { if e > v { v = e; at = l } } else { v += e }
                    }
                    if r == .mean { v /= Double(len) }
                    if r == .max { argmax[o * inner + j] = at }
                    po[o * inner + j] = v
                }
            }
        } }
        return Tensor(shape: outShape, data: out, op: "\(r.rawValue)(axis: \(axis))", recording: x.requiresGrad, parents: [x]) { { [unowned x] g in
            readElements(g) { pg in x.accumulateGrad { gx in
                for o in 0..<outer {
                    for j in 0..<inner {
                        let gi = pg[o * inner + j], base = o * len * inner + j
                        switch r {
                        case .sum: for l in 0..<len { gx[base + l * inner] += gi }
                        case .mean: for l in 0..<len { gx[base + l * inner] += gi / Double(len) }
                        case .max: gx[base + argmax[o * inner + j] * inner] += gi
                        }
                    }
                }
            } }
        } }
    }
}
