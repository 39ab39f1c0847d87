/// Freeing a graph without recursion.
///
/// Swift releases a class's stored references in its deinit, so dropping the root of a long chain
/// would free node n, which frees node n-1 inside it, and so on: one stack frame per node, which
/// overflows at a few hundred thousand nodes. Instead, a node whose operands it owns alone moves
/// them to a worklist; each worklist node that is about to die hands its own operands over the
/// same way before it goes, so every deinit finds no operands left and returns at once.
extension Value {
    /// True if dropping this node would also free one of its operands (the recursive case).
    @inline(__always)
    internal func hasOwnedOperands() -> Bool {
        if code == .custom { return !(extras?.customParents.isEmpty ?? true) }
        return isKnownUniquelyReferenced(&parent0) || isKnownUniquelyReferenced(&parent1)
    }

    internal func moveOperands(into pending: inout [Value]) {
        if let p = parent0 { pending.append(p); parent0 = nil }
        if let p = parent1 { pending.append(p); parent1 = nil }
        if code == .custom, let extras = extras, !extras.customParents.isEmpty {
            pending.append(contentsOf: extras.customParents)
            extras.customParents = []
        }
    }

    internal func releaseOperandsIteratively() {
        var pending: [Value] = []
        moveOperands(into: &pending)
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) { node.moveOperands(into: &pending) }
            // `node` is released here; if it was the last reference its deinit finds no operands.
        }
    }
}
