/// Reverse-mode differentiation: the chain rule applied from the output back to every node.
///
/// `referenceBackward()` below is the whole algorithm as micrograd writes it — order the graph so
/// that every node comes after its operands, then walk it backwards, adding each node's gradient
/// times its local derivatives (`OpCode.partials`) to its operands' gradients. `backward()` computes
/// the same gradients faster: it walks the creation tape instead of sorting (`Storage/TapeWalk.swift`),
/// and reads operands through plain pointers; `BackwardWalkTests` checks that all walks agree.
extension Value {
    /// Back-propagates from this node: seeds its gradient with 1, then applies the chain rule in
    /// reverse topological order. Leaves accumulate across calls; intermediates show this pass only
    /// (see the type's documentation). Iterative: safe for graphs of any depth.
    public func backward() {
        AllocatorTuning.apply()
        if CreationTape.records(id) { backwardAlongTape() } else { backwardBySorting() }
    }

    /// The reference: `backward()` in the fewest lines, for reading and for tests.
    internal func referenceBackward() {
        let order = topologicalOrder(from: self)
        for node in order {
            if !node.isLeaf { node.storedGrad = 0 }  // intermediates show this pass only
            node.flags |= Value.gradComputedFlag
        }
        storedGrad = isLeaf ? storedGrad + 1 : 1
        for node in order.reversed() {
            for (operand, local) in zip(node.parents, node.localDerivatives) {
                operand.storedGrad += node.storedGrad * local
            }
        }
    }

    /// ∂self/∂parents[i] at the current data, in the same order as `parents`.
    public var localDerivatives: [Double] {
        if code == .custom { return extras?.customDerivatives ?? [] }
        guard let p0 = parent0?.takeUnretainedValue() else { return [] }
        let b = parent1?.takeUnretainedValue().data ?? 0
        let (d0, d1) = code.partials(p0.data, b, out: data, exponent: aux)
        return parent1 == nil ? [d0] : [d0, d1]
    }
}
