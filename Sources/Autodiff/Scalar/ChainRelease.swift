/// Freeing a graph without recursion.
///
/// Releasing a node's operands inside its deinit would free node n, which frees node n-1 inside
/// it, and so on: one stack frame per node, overflowing at a few hundred thousand nodes. Instead,
/// a dying node that owns the last reference to an operand moves it to a worklist; each worklist
/// node about to die hands its own operands over the same way first, so every deinit finds no
/// operands left and returns at once. A 10-million-node chain is freed in a flat loop.
extension Value {
    /// Called from deinit: takes over the hand-retained operands and releases them iteratively.
    internal func releaseOperands() {
        // Taking the retained references transfers ownership to these locals (no extra retain).
        var first = parent0?.takeRetainedValue()
        var second = parent1?.takeRetainedValue()
        parent0 = nil
        parent1 = nil
        let ownsCustomOperands = code == .custom && !(extras?.customParents.isEmpty ?? true)
        guard ownsCustomOperands || isKnownUniquelyReferenced(&first) || isKnownUniquelyReferenced(&second)
        else { return }  // no operand dies with this node: plain releases, no recursion
        var pending = ContiguousArray<Value>()
        if let p = first { pending.append(p) }
        if let p = second { pending.append(p) }
        first = nil
        second = nil
        if ownsCustomOperands { moveCustomOperands(into: &pending) }
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) { node.moveOperands(into: &pending) }
            // `node` is released here; if it was the last reference its deinit finds no operands.
        }
    }

    /// Moves the operands into `pending`, leaving this node without any.
    private func moveOperands(into pending: inout ContiguousArray<Value>) {
        if let p = parent0 { pending.append(p.takeRetainedValue()); parent0 = nil }
        if let p = parent1 { pending.append(p.takeRetainedValue()); parent1 = nil }
        if code == .custom { moveCustomOperands(into: &pending) }
    }

    private func moveCustomOperands(into pending: inout ContiguousArray<Value>) {
        guard let extras = extras, !extras.customParents.isEmpty else { return }
        pending.append(contentsOf: extras.customParents)
        extras.customParents = []
    }
}
