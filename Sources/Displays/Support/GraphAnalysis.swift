import Autodiff

/// Everything the graph, table and trace displays need to know about the graph of one root,
/// computed once: nodes in topological order (parents first, root last), display names, and for
/// every node the places it is used (consumer, operand slot) — the paths its gradient comes back on.
struct GraphAnalysis {
    /// Topological order from the engine: operands before results; the root is last.
    let nodes: [Value]
    /// Display name per node: the label when set, an unlabelled input leaf (a constant) its value,
    /// otherwise `v1`, `v2`, … in traversal order.
    let names: [String]
    /// Consumers of node i are `uses[useStart[i]..<useStart[i + 1]]` (compressed rows, no per-node arrays).
    private let useStart: [Int]
    private let uses: [(consumer: Int, slot: Int)]
    /// Operand indices per node, flattened the same way.
    private let operandStart: [Int]
    private let operands: [Int]

    init(_ root: Value) {
        let order = topologicalOrder(from: root)
        nodes = order
        var index: [ObjectIdentifier: Int] = [:]
        index.reserveCapacity(order.count)
        var names: [String] = []
        names.reserveCapacity(order.count)
        var unnamed = 0
        for (i, node) in order.enumerated() {
            index[ObjectIdentifier(node)] = i
            let label = node.label
            if !label.isEmpty {
                names.append(label)
            } else if node.isLeaf && node.role == .input {
                names.append(NumberFormat.short(node.data))   // a constant (`a * 3`): its value says it best
            } else {
                unnamed += 1
                names.append("v\(unnamed)")
            }
        }
        self.names = names

        var operandStart = [Int](repeating: 0, count: order.count + 1)
        var operands: [Int] = []
        operands.reserveCapacity(order.count * 2)
        var useCount = [Int](repeating: 0, count: order.count + 1)
        for (i, node) in order.enumerated() {
            operandStart[i] = operands.count
            for p in node.parents {
                let j = index[ObjectIdentifier(p)] ?? 0
                operands.append(j)
                useCount[j] += 1
            }
        }
        operandStart[order.count] = operands.count
        // Prefix sums turn the counts into row starts; a second pass fills the rows in order.
        var useStart = [Int](repeating: 0, count: order.count + 1)
        for i in 0..<order.count { useStart[i + 1] = useStart[i] + useCount[i] }
        var fill = useStart
        var uses = [(consumer: Int, slot: Int)](repeating: (0, 0), count: operands.count)
        for c in 0..<order.count {
            for k in operandStart[c]..<operandStart[c + 1] {
                let p = operands[k]
                uses[fill[p]] = (c, k - operandStart[c])
                fill[p] += 1
            }
        }
        self.useStart = useStart
        self.uses = uses
        self.operandStart = operandStart
        self.operands = operands
    }

    var count: Int { nodes.count }
    var rootIndex: Int { nodes.count - 1 }
    var rootName: String { names[rootIndex] }

    /// Indices of node i's operands, in order (repeated when an operand is used twice).
    func operandIndices(of i: Int) -> ArraySlice<Int> { operands[operandStart[i]..<operandStart[i + 1]] }

    /// Where node i is used: (consumer index, operand slot in the consumer).
    func usesOf(_ i: Int) -> ArraySlice<(consumer: Int, slot: Int)> { uses[useStart[i]..<useStart[i + 1]] }

    /// `w * x`, `relu(v2)`, `h ** 2`, `-a` — how node i was computed, in operand names.
    func expression(_ i: Int) -> String {
        let node = nodes[i]
        let args = operandIndices(of: i).map { names[$0] }
        switch node.opCode {
        case .leaf: return node.role == .parameter ? "parameter" : "input"
        // (`where` would bind to `.div` alone: the count is checked for all four here.)
        case .add, .sub, .mul, .div: if args.count == 2 { return "\(args[0]) \(node.op) \(args[1])" }
        case .powConst where args.count == 1: return "\(args[0]) ** \(NumberFormat.short(node.exponent ?? 0))"
        case .powValue where args.count == 2: return "\(args[0]) ** \(args[1])"
        case .neg where args.count == 1: return "-\(args[0])"
        default: break
        }
        return "\(node.op)(\(args.joined(separator: ", ")))"
    }

    /// `v3 = w * x` for unlabelled computed nodes, the plain name otherwise.
    func definition(_ i: Int) -> String {
        nodes[i].isLeaf ? names[i] : "\(names[i]) = \(expression(i))"
    }

    /// The role a display colours node i by: the root is the output.
    func kind(_ i: Int) -> NodeKind {
        if i == rootIndex { return .output }
        switch nodes[i].role {
        case .parameter: return .parameter
        case .input: return nodes[i].isLeaf ? .input : .intermediate
        case .intermediate: return .intermediate
        }
    }
}

/// How a display tells nodes apart.
enum NodeKind { case input, parameter, intermediate, output }
