/// Reverse-mode differentiation: an iterative depth-first topological sort, then one reverse sweep.
///
/// Visited marks are an epoch number stored in each node (no hash set), and the sweep holds nodes
/// as unretained references — the root keeps the whole graph alive for the duration of the call —
/// so there is no reference-counting traffic per node.
extension Value {
    @exclusivity(unchecked) @usableFromInline internal static var currentEpoch: UInt32 = 0

    /// Work arrays kept between passes: a fresh multi-megabyte array per pass costs more in
    /// page faults than the sweep itself. Arrays beyond `spareLimit` entries are not kept.
    @exclusivity(unchecked) internal static var spareOrder = ContiguousArray<Unmanaged<Value>>()
    @exclusivity(unchecked) internal static var spareStack = ContiguousArray<(node: Unmanaged<Value>, next: Int)>()
    internal static let spareLimit = 1 << 22

    internal static func recycle(_ order: inout ContiguousArray<Unmanaged<Value>>) {
        guard order.capacity <= spareLimit, order.capacity > spareOrder.capacity else { return }
        order.removeAll(keepingCapacity: true)
        swap(&order, &spareOrder)
    }

    /// A fresh visit mark; 0 is never used so new nodes (epoch 0) count as unvisited.
    internal static func nextEpoch() -> UInt32 {
        currentEpoch &+= 1
        if currentEpoch == 0 { currentEpoch = 1 }
        return currentEpoch
    }

    /// Operand `i` of this node, or nil past the last one.
    @inline(__always)
    internal func operand(_ i: Int) -> Unmanaged<Value>? {
        if code == .custom {
            guard let ps = extras?.customParents, i < ps.count else { return nil }
            return Unmanaged.passUnretained(ps[i])
        }
        return i == 0 ? parent0 : (i == 1 ? parent1 : nil)
    }

    /// Every node reachable from `root`, operands before results, each once.
    /// With `preparingBackward`, intermediate nodes are reset to grad 0 and all are marked computed.
    internal static func topologicalNodes(from root: Value, preparingBackward: Bool)
        -> ContiguousArray<Unmanaged<Value>>
    {
        let epoch = nextEpoch()
        let computed = preparingBackward ? gradComputedFlag : 0
        var order = ContiguousArray<Unmanaged<Value>>()
        swap(&order, &spareOrder)
        var stack = ContiguousArray<(node: Unmanaged<Value>, next: Int)>()
        swap(&stack, &spareStack)
        defer {
            if stack.capacity <= spareLimit && stack.capacity > spareStack.capacity { swap(&stack, &spareStack) }
        }
        root.visitEpoch = epoch
        stack.append((Unmanaged.passUnretained(root), 0))
        while let top = stack.last {
            if let operand = top.node._withUnsafeGuaranteedRef({ $0.operand(top.next) }) {
                stack[stack.count - 1].next = top.next + 1
                operand._withUnsafeGuaranteedRef { o in
                    guard o.visitEpoch != epoch else { return }
                    o.visitEpoch = epoch
                    if o.code == .leaf {
                        o.flags |= computed
                        order.append(operand)
                    } else {
                        stack.append((operand, 0))
                    }
                }
            } else {
                stack.removeLast()
                top.node._withUnsafeGuaranteedRef { n in
                    if preparingBackward {
                        if n.code != .leaf { n.storedGrad = 0 }
                        n.flags |= computed
                    }
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
        AllocatorTuning.apply()
        var order = Value.topologicalNodes(from: self, preparingBackward: true)
        defer { Value.recycle(&order) }
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
            p0._withUnsafeGuaranteedRef { a in
                if let p1 = parent1 {
                    p1._withUnsafeGuaranteedRef { b in
                        let (d0, d1) = localPartials(a.data, b.data)
                        a.storedGrad += g * d0
                        b.storedGrad += g * d1
                    }
                } else {
                    a.storedGrad += g * localPartials(a.data, 0).0
                }
            }
        }
    }
}

/// Every node reachable from `root`, operands before the nodes computed from them, each node once.
/// Computed iteratively (no recursion on depth).
public func topologicalOrder(from root: Value) -> [Value] {
    var order = Value.topologicalNodes(from: root, preparingBackward: false)
    defer { Value.recycle(&order) }
    return order.map { $0.takeUnretainedValue() }
}

/// Sets every gradient in the graph of `root` to 0 and marks them "not yet computed".
public func zeroGrad(graphOf root: Value) {
    var order = Value.topologicalNodes(from: root, preparingBackward: false)
    defer { Value.recycle(&order) }
    for node in order { node._withUnsafeGuaranteedRef { $0.zeroGrad() } }
}
