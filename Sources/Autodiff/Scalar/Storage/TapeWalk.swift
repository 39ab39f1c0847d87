import CNodeMemory

/// The reverse walk along the creation tape: `backward()`'s fast path. Same gradients as the
/// reference walk in `Backward.swift` (`BackwardWalkTests` compares them), without sorting.
extension Value {
    /// The reverse order is decreasing creation order, read from `CreationTape`: a node is reached
    /// (marked with this pass's epoch, an intermediate's gradient reset to 0) by the first consumer
    /// that propagates into it, and propagates in turn when the walk gets down to its id. The walk
    /// stops once no reached intermediate node is left.
    internal func backwardAlongTape() {
        let epoch = Value.nextEpoch()
        visitEpoch = epoch
        flags |= Value.gradComputedFlag
        if code == .leaf { storedGrad += 1; return }
        storedGrad = 1
        var pending = 0  // reached intermediate nodes that have not propagated yet
        propagateGradToOperands(reaching: epoch, pending: &pending)
        let shift = CreationTape.chunkShift, mask = CreationTape.chunkSize - 1
        var id = self.id - 1
        while pending > 0 && id > 0 {
            let firstInChunk = id & ~mask
            guard let chunk = CreationTape.directory[id >> shift] else { id = firstInChunk - 1; continue }
            let slots = chunk + 1 - firstInChunk  // slots[id] is the address of node `id`
            let stop = Swift.max(firstInChunk, 1)
            while id >= stop && pending > 0 {
                CreationTape.prefetch(id: id - CreationTape.prefetchDistance)
                let address = slots[id]
                id -= 1
                guard address != 0 else { continue }
                Value.node(address)._withUnsafeGuaranteedRef { n in
                    guard n.visitEpoch == epoch, n.code != .leaf else { return }
                    pending -= 1
                    n.propagateGradToOperands(reaching: epoch, pending: &pending)
                }
            }
            id = Swift.min(id, firstInChunk - 1)
        }
    }

    /// Marks an operand reached by this pass: the first time, its gradient is marked computed and,
    /// for an intermediate node, reset to 0 and counted as pending.
    @inline(__always)
    private static func reach(_ o: Value, _ epoch: UInt32, _ pending: inout Int) {
        guard o.visitEpoch != epoch else { return }
        o.visitEpoch = epoch
        o.flags |= gradComputedFlag
        if o.code != .leaf {
            o.storedGrad = 0
            pending += 1
        }
    }

    /// Adds this node's gradient times each local derivative to its operands' gradients, reaching
    /// each operand first (see `backward()`).
    @inline(__always)
    internal func propagateGradToOperands(reaching epoch: UInt32, pending: inout Int) {
        let g = storedGrad
        switch code {
        case .leaf:
            return
        case .custom:
            guard let extras = extras else { return }
            let ps = extras.customParents, ds = extras.customDerivatives
            for p in ps { Value.reach(p, epoch, &pending) }
            for k in 0..<Swift.min(ps.count, ds.count) { ps[k].storedGrad += g * ds[k] }
        default:
            guard let p0 = parent0 else { return }
            p0._withUnsafeGuaranteedRef { a in
                Value.reach(a, epoch, &pending)
                if let p1 = parent1 {
                    p1._withUnsafeGuaranteedRef { b in
                        Value.reach(b, epoch, &pending)
                        let (d0, d1) = code.partials(a.data, b.data, out: data, exponent: 0)
                        a.storedGrad += g * d0
                        b.storedGrad += g * d1
                    }
                } else {
                    a.storedGrad += g * code.partials(a.data, 0, out: data, exponent: aux).0
                }
            }
        }
    }
}
