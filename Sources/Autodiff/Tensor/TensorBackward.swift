/// Reverse mode on tensor graphs: an iterative depth-first topological sort over the operands that
/// require gradients, then one reverse sweep calling each node's rule. As with scalar `Value`s,
/// leaves accumulate across passes and intermediate tensors show the latest pass.
extension Tensor {
    nonisolated(unsafe) static var currentEpoch: UInt32 = 0

    /// Every tensor that requires a gradient and that `root` depends on, operands first, each once.
    public static func topologicalOrder(from root: Tensor) -> [Tensor] {
        currentEpoch &+= 1
        if currentEpoch == 0 { currentEpoch = 1 }
        let epoch = currentEpoch
        var order: [Tensor] = []
        guard root.requiresGrad else { return order }
        var stack: [(Tensor, Int)] = [(root, 0)]
        root.visitEpoch = epoch
        while let (node, next) = stack.last {
            if next < node.parents.count {
                stack[stack.count - 1].1 = next + 1
                let p = node.parents[next]
                if p.requiresGrad && p.visitEpoch != epoch {
                    p.visitEpoch = epoch
                    stack.append((p, 0))
                }
            } else {
                stack.removeLast()
                order.append(node)
            }
        }
        return order
    }

    /// Back-propagates from this one-element tensor: its gradient becomes 1 and every tensor with
    /// `requiresGrad` it depends on gets d(this)/d(tensor), summed over every path.
    public func backward() throws {
        guard count == 1 else {
            throw TensorError.invalid("backward", "needs a one-element tensor (a loss), got shape \(Shape.text(shape)); reduce it with sum() or mean() first")
        }
        guard requiresGrad else {
            throw TensorError.invalid("backward", "this tensor depends on no tensor with requiresGrad: true, so there is nothing to differentiate")
        }
        let order = Tensor.topologicalOrder(from: self)
        for node in order {
            if !node.isLeaf { node.grad = Array(repeating: 0, count: node.count) }
            else if node.grad == nil { node.grad = Array(repeating: 0, count: node.count) }
        }
        grad![0] += 1
        for node in order.reversed() {
            if let rule = node.backwardRule, let g = node.grad { rule(g) }
        }
    }

    /// Sets this tensor's gradient to zeros (it stays non-nil if it was).
    public func zeroGrad() {
        if grad != nil { grad = Array(repeating: 0, count: count) }
    }

    /// Zeroes the gradient of every tensor `root` depends on.
    public static func zeroGrad(graphOf root: Tensor) {
        for t in topologicalOrder(from: root) { t.zeroGrad() }
    }
}

/// Reverse mode as functions over tensors (Swift's `gradient(at:of:)`): fresh leaves with the
/// given values, one forward and one backward pass, the leaves' gradients.
public func valueWithGradient(at xs: [Tensor], of f: ([Tensor]) throws -> Tensor) throws -> (value: Double, gradient: [Tensor]) {
    let leaves = xs.enumerated().map { i, x in
        Tensor(shape: x.shape, data: x.data, requiresGrad: true, label: x.label.isEmpty ? (xs.count == 1 ? "x" : "x\(i)") : x.label)
    }
    let out = try f(leaves)
    let value = try out.item()
    if out.requiresGrad { try out.backward() }
    return (value, leaves.map { Tensor(shape: $0.shape, data: $0.grad ?? Array(repeating: 0, count: $0.count)) })
}

public func gradient(at xs: [Tensor], of f: ([Tensor]) throws -> Tensor) throws -> [Tensor] {
    try valueWithGradient(at: xs, of: f).gradient
}
