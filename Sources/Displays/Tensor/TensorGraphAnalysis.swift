import Autodiff

/// A tensor graph laid out for display: every tensor the root depends on (data and constants
/// included, not only those with gradients), operands before results, each once, with a name, a
/// kind, and how each was computed.
struct TensorGraphAnalysis {
    let nodes: [Tensor]
    let names: [String]
    let rootIndex: Int
    private let index: [ObjectIdentifier: Int]

    init(_ root: Tensor) {
        var order: [Tensor] = []
        var seen: [ObjectIdentifier: Int] = [:]
        var stack: [(Tensor, Int)] = [(root, 0)]
        seen[ObjectIdentifier(root)] = -1
        while let (node, next) = stack.last {
            if next < node.parents.count {
                stack[stack.count - 1].1 = next + 1
                let p = node.parents[next]
                if seen[ObjectIdentifier(p)] == nil {
                    seen[ObjectIdentifier(p)] = -1
                    stack.append((p, 0))
                }
            } else {
                stack.removeLast()
                seen[ObjectIdentifier(node)] = order.count
                order.append(node)
            }
        }
        nodes = order
        index = seen
        rootIndex = order.count - 1
        var counter = 0
        names = order.map { t in
            if !t.label.isEmpty { return t.label }
            counter += 1
            return "t\(counter)"
        }
    }

    var count: Int { nodes.count }

    func operandIndices(of i: Int) -> [Int] { nodes[i].parents.map { index[ObjectIdentifier($0)]! } }

    /// Every (consumer, operand slot) that uses node `i`.
    func usesOf(_ i: Int) -> [(consumer: Int, slot: Int)] {
        var uses: [(Int, Int)] = []
        for c in (i + 1)..<Swift.max(i + 1, count) {
            for (slot, p) in operandIndices(of: c).enumerated() where p == i { uses.append((c, slot)) }
        }
        return uses
    }

    func kind(_ i: Int) -> NodeKind {
        if i == rootIndex { return .output }
        let t = nodes[i]
        if !t.isLeaf { return .intermediate }
        return t.requiresGrad ? .parameter : .input
    }

    /// `matmul(X, W1)`, `z1 + b1`, `sigmoid(z1)`, `a1.T`, `dz.sum(axis: 0)`; a leaf says what it is.
    func expression(_ i: Int) -> String {
        let t = nodes[i]
        let ops = operandIndices(of: i).map { names[$0] }
        guard !t.isLeaf else { return t.requiresGrad ? "parameter" : (t.rank == 0 && !t.label.isEmpty ? "constant" : "input") }
        switch t.op {
        case "+", "-", "*", "/": return "\(ops[0]) \(t.op) \(ops[1])"
        case "matmul", "mse", "binaryCrossEntropy": return "\(t.op)(\(ops.joined(separator: ", ")))"
        case "crossEntropy": return "crossEntropy(\(ops[0]), labels:)"
        case "neg": return "-\(ops[0])"
        case "T": return "\(ops[0]).T"
        case "reshaped": return "\(ops[0]).reshaped(\(TensorFormat.shape(t.shape)))"
        default:
            if t.op.hasPrefix("**") || t.op.hasPrefix("[") { return "\(ops[0])\(t.op.hasPrefix("**") ? " " + t.op : t.op)" }
            if t.op.hasPrefix("sum") || t.op.hasPrefix("mean") || t.op.hasPrefix("max") {
                return "\(ops[0]).\(t.op.contains("(") ? t.op : t.op + "()")"
            }
            return "\(t.op)(\(ops.joined(separator: ", ")))"
        }
    }

    /// How the gradient reaching operand `slot` of node `c` is made from dL/d(c): the matrix chain
    /// rule of that op, in the matrix-form lesson's notation (ᵀ transposes, ⊙ multiplies element-wise).
    func rule(consumer c: Int, slot: Int) -> String {
        let t = nodes[c]
        let ops = operandIndices(of: c).map { names[$0] }
        let g = "dL/d\(names[c])"
        let operand = nodes[operandIndices(of: c)[slot]]
        let summed = operand.shape != t.shape && ["+", "-", "*", "/"].contains(t.op) ? "Σ↓ " : ""
        switch t.op {
        case "matmul": return slot == 0 ? "\(g) · \(ops[1])ᵀ" : "\(ops[0])ᵀ · \(g)"
        case "+": return summed + g
        case "-": return slot == 0 ? summed + g : "−" + summed + g
        case "*": return summed + "\(g) ⊙ \(ops[1 - slot])"
        case "/": return slot == 0 ? summed + "\(g) ⊘ \(ops[1])" : "−" + summed + "\(g) ⊙ \(ops[0]) ⊘ \(ops[1])²"
        case "sigmoid": return "\(g) ⊙ \(names[c])(1 − \(names[c]))"
        case "tanh": return "\(g) ⊙ (1 − \(names[c])²)"
        case "relu": return "\(g) ⊙ [\(ops[0]) > 0]"
        case "exp": return "\(g) ⊙ \(names[c])"
        case "log": return "\(g) ⊘ \(ops[0])"
        case "abs": return "\(g) ⊙ sign(\(ops[0]))"
        case "neg": return "−\(g)"
        case "T": return "(\(g))ᵀ"
        case "reshaped": return "\(g) reshaped to \(TensorFormat.shape(operand.shape))"
        case "sum": return "\(g) copied to every element"
        case "mean": return "\(g) / \(operand.count) to every element"
        case "max": return "\(g) to the largest element"
        case "softmax": return "\(names[c]) ⊙ (\(g) − Σ \(g) ⊙ \(names[c]))"
        case "logSoftmax": return "\(g) − softmax(\(ops[0])) · Σ \(g)"
        case "mse": return slot == 0 ? "\(g) · 2(\(ops[0]) − \(ops[1]))/N" : "−\(g) · 2(\(ops[0]) − \(ops[1]))/N"
        case "binaryCrossEntropy": return "\(g) · (−y/p + (1 − y)/(1 − p))/N"
        case "crossEntropy": return "\(g) · (softmax(\(ops[0])) − onehot(labels))/N"
        default:
            if t.op.hasPrefix("**") { return "\(g) ⊙ \(t.op.dropFirst(2))·\(ops[0])^\(t.op.dropFirst(2))−1" }
            if t.op.hasPrefix("sum(axis") { return "\(g) repeated along the summed axis" }
            if t.op.hasPrefix("mean(axis") { return "\(g) / n repeated along the axis" }
            if t.op.hasPrefix("max(axis") { return "\(g) to each largest element" }
            if t.op.hasPrefix("[") { return "\(g) into \(t.op)" }
            return g
        }
    }

    /// dL/dW1 = Xᵀ · dL/dz1 (+ … for a tensor used more than once).
    func gradientFormula(_ i: Int) -> String {
        if i == rootIndex { return "dL/d\(names[i]) = 1 (the start of backward)" }
        let uses = usesOf(i).filter { nodes[$0.consumer].requiresGrad }
        guard !uses.isEmpty, nodes[i].requiresGrad else { return "—" }
        return "dL/d\(names[i]) = " + uses.map { rule(consumer: $0.consumer, slot: $0.slot) }.joined(separator: " + ")
    }
}

/// Tensors in a few characters: a small one shows its values, a larger one its norm.
enum TensorFormat {
    static let smallLimit = 6

    static func shape(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }

    /// `[[0.5, -1], [2, 0]]` for up to six elements, else `‖·‖ 3.162`.
    static func values(_ data: [Double], shape s: [Int]) -> String {
        if data.count == 1 && s.count <= 1 { return NumberFormat.short(data[0]) }
        if data.count <= smallLimit {
            if s.count == 2 {
                let n = s[1]
                return "[" + (0..<s[0]).map { r in
                    "[" + (0..<n).map { NumberFormat.short(data[r * n + $0]) }.joined(separator: ", ") + "]"
                }.joined(separator: ", ") + "]"
            }
            return "[" + data.map(NumberFormat.short).joined(separator: ", ") + "]"
        }
        return "‖·‖ " + NumberFormat.short(norm(data))
    }

    static func norm(_ data: [Double]) -> Double { data.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}
