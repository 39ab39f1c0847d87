/// Reverse-mode differentiation: an iterative depth-first topological sort, then one reverse sweep.
///
/// Visited marks are an epoch number stored in each node (no hash set), and the sweep holds nodes
/// as unretained references — the root keeps the whole graph alive for the duration of the call —
/// so there is no reference-counting traffic per node.
extension Value {
    @usableFromInline internal static var currentEpoch: UInt32 = 0

    /// A fresh visit mark; 0 is never used so new nodes (epoch 0) count as unvisited.
    internal static func nextEpoch() -> UInt32 {
        currentEpoch &+= 1
        if currentEpoch == 0 { currentEpoch = 1 }
        return currentEpoch
    }

    /// Operand `i` of this node, or nil past the last one.
    @inline(__always)
    internal func operand(_ i: Int) -> Value? {
        if code == .custom {
            guard let ps = extras?.customParents, i < ps.count else { return nil }
            return ps[i]
        }
        return i == 0 ? parent0 : (i == 1 ? parent1 : nil)
    }

    /// Every node reachable from `root`, operands before results, each once.
    /// With `preparingBackward`, intermediate nodes are reset to grad 0 and all are marked computed.
    internal static func topologicalNodes(from root: Value, preparingBackward: Bool)
        -> ContiguousArray<Unmanaged<Value>>
    {
        let epoch = nextEpoch()
        var order = ContiguousArray<Unmanaged<Value>>()
        var stack = ContiguousArray<(node: Unmanaged<Value>, next: Int)>()
        root.visitEpoch = epoch
        stack.append((Unmanaged.passUnretained(root), 0))
        while let top = stack.last {
            let node = top.node.takeUnretainedValue()
            if let operand = node.operand(top.next) {
                stack[stack.count - 1].next = top.next + 1
                if operand.visitEpoch != epoch {
                    operand.visitEpoch = epoch
                    if operand.code == .leaf {
                        if preparingBackward { operand.flags |= gradComputedFlag }
                        order.append(Unmanaged.passUnretained(operand))
                    } else {
                        stack.append((Unmanaged.passUnretained(operand), 0))
                    }
                }
            } else {
                stack.removeLast()
                if preparingBackward {
                    if node.code != .leaf { node.storedGrad = 0 }
                    node.flags |= gradComputedFlag
                }
                order.append(top.node)
            }
        }
        return order
    }

    /// Back-propagates from this node: seeds its gradient with 1, then applies the chain rule in
    /// reverse topological order. Leaves accumulate across calls; intermediates show this pass only
    /// (see the type's documentation). Iterative: safe for graphs of any depth.
    public func backward() {
        let order = Value.topologicalNodes(from: self, preparingBackward: true)
        if code == .leaf { storedGrad += 1 } else { storedGrad = 1 }
        var i = order.count
        while i > 0 {
            i -= 1
            order[i]._withUnsafeGuaranteedRef { $0.propagateGradToOperands() }
        }
    }

    /// Adds this node's gradient times each local derivative to its operands' gradients.
    @inline(__always)
    internal func propagateGradToOperands() {
        let g = storedGrad
        switch code {
        case .leaf:
            return
        case .custom:
            guard let extras = extras else { return }
            let ps = extras.customParents, ds = extras.customDerivatives
            for k in 0..<Swift.min(ps.count, ds.count) { ps[k].storedGrad += g * ds[k] }
        default:
            guard let p0 = parent0 else { return }
            if let p1 = parent1 {
                let (d0, d1) = localPartials(p0.data, p1.data)
                p0.storedGrad += g * d0
                p1.storedGrad += g * d1
            } else {
                p0.storedGrad += g * localPartials(p0.data, 0).0
            }
        }
    }
}

/// Every node reachable from `root`, operands before the nodes computed from them, each node once.
/// Computed iteratively (no recursion on depth).
public func topologicalOrder(from root: Value) -> [Value] {
    Value.topologicalNodes(from: root, preparingBackward: false).map { $0.takeUnretainedValue() }
}

/// Sets every gradient in the graph of `root` to 0 and marks them "not yet computed".
public func zeroGrad(graphOf root: Value) {
    for node in Value.topologicalNodes(from: root, preparingBackward: false) {
        node._withUnsafeGuaranteedRef { $0.zeroGrad() }
    }
}
