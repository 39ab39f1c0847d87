import Autodiff
import MimeBundle

/// A drawing of everything a value depends on, in the spirit of micrograd's `draw_dot`: one record
/// node per value (`name | data 2.0000 | grad 42.0000`), a small circle per operation, left to right.
/// Inputs, parameters and the output are coloured apart; every value's tooltip in the SVG carries
/// its chain-rule expansion. Node ids follow the traversal order, so the DOT text is deterministic.
/// Above `options.nodeBudget` values the graph is collapsed into neuron/layer boxes.
public struct ComputationGraph: MimeRepresentable {
    public let options: GraphOptions
    /// The Graphviz source.
    public let dot: String
    /// One line saying what is drawn (and what was collapsed).
    public let summary: String
    /// Small graphs as a table in text (`GraphText`) for terminals; nil for larger ones.
    public private(set) var textDrawing: String?

    public init(_ root: Value, options: GraphOptions = .init()) {
        let analysis = GraphAnalysis(root)
        var options = options
        if options.rankdir == "auto" {
            // Collapsed graphs are a few layers of boxes: left to right always fits.
            let full = analysis.count <= options.nodeBudget
            options.rankdir = full ? LayoutChoice.rankdir { direction in
                var choice = options
                choice.rankdir = direction
                return ComputationGraph.fullDOT(analysis, options: choice)
            } : "LR"
        }
        self.options = options
        if analysis.count > options.nodeBudget {
            let collapsed = CollapsedGraph(analysis, options: options)
            dot = collapsed.dot
            summary = collapsed.summary
        } else {
            dot = ComputationGraph.fullDOT(analysis, options: options)
            summary = ComputationGraph.summary(analysis)
            textDrawing = GraphText.table(analysis, showGrads: options.showGrads)
        }
    }

    public var mimeBundle: MimeBundle {
        GraphBundle.make(dot: dot, summary: textDrawing.map { summary + "\n" + $0 } ?? summary)
    }

    static func summary(_ a: GraphAnalysis) -> String {
        let ops = a.nodes.reduce(0) { $0 + ($1.isLeaf ? 0 : 1) }
        let root = a.nodes[a.rootIndex]
        let state = root.gradComputed ? "gradients computed" : "gradients not yet computed (run backward())"
        return "Computation graph of \(a.rootName) = \(NumberFormat.short(root.data)): "
            + "\(NumberFormat.count(a.count)) values, \(NumberFormat.count(ops)) operations, \(state)"
    }

    /// Every value and operation drawn individually.
    static func fullDOT(_ a: GraphAnalysis, options: GraphOptions) -> String {
        let chain = ChainRule(analysis: a)
        let onPath = highlightedPath(a, options.highlight)
        let lr = options.rankdir == "LR"
        var out = GraphStyle.header(rankdir: options.rankdir, title: nil)
        out.reserveCapacity(a.count * 220)
        for i in 0..<a.count {
            let node = a.nodes[i]
            let lit = onPath?[i] ?? false
            // The record: name | data | grad. Braces flip the fields so they sit side by side in LR.
            var fields = Escape.dotRecordField(a.names[i])
            fields += " | data " + NumberFormat.fixed4(node.data)
            if options.showGrads {
                let grad = options.gradients.map { $0[ObjectIdentifier(node)] } ?? (node.gradComputed ? node.grad : nil)
                fields += grad.map { " | grad " + NumberFormat.fixed4($0) } ?? " | grad ?"
            }
            let focused = options.focus === node
            out += "  n\(i) [shape=record, style=\"filled\", fillcolor=\"\(GraphStyle.fill(a.kind(i)))\", label=\""
            out += lr ? "{ " + fields + " }" : fields
            out += "\", tooltip=\""
            out += Escape.dotString(tooltip(a, chain, i))
            out += "\""
            if focused {
                out += ", color=\"\(GraphStyle.focus)\", penwidth=4"
            } else if lit {
                out += ", color=\"\(GraphStyle.highlight)\", penwidth=3"
            }
            out += "];\n"
            guard !node.isLeaf else { continue }
            let symbol = opSymbol(node)
            out += "  n\(i)_op [\(opShape(symbol)), style=filled, fillcolor=\"\(GraphStyle.opFill)\", label=\""
            out += Escape.dotString(symbol)
            out += "\", tooltip=\"\(Escape.dotString(a.definition(i)))\""
            if lit { out += ", color=\"\(GraphStyle.highlight)\", penwidth=2.5" }
            out += "];\n"
            out += "  n\(i)_op -> n\(i)"
            out += lit ? " [color=\"\(GraphStyle.highlight)\", penwidth=2.5];\n" : ";\n"
            let locals = options.edgeDerivatives ? node.localDerivatives : []
            for (slot, p) in a.operandIndices(of: i).enumerated() {
                out += "  n\(p) -> n\(i)_op"
                var attrs: [String] = []
                if options.edgeDerivatives && slot < locals.count {
                    let text = "\(chain.localSymbol(consumer: i, of: p)) = \(NumberFormat.short(locals[slot]))"
                    attrs.append("label=\"\(Escape.dotString(text))\"")
                }
                if focused {
                    attrs.append("color=\"\(GraphStyle.focus)\", penwidth=3, dir=back")
                } else if lit && (onPath?[p] ?? false) {
                    attrs.append("color=\"\(GraphStyle.highlight)\", penwidth=2.5")
                    if options.edgeDerivatives { attrs.append("fontcolor=\"\(GraphStyle.highlight)\"") }
                }
                out += attrs.isEmpty ? ";\n" : " [" + attrs.joined(separator: ", ") + "];\n"
            }
        }
        out += "}\n"
        return out
    }

    /// `v3 = w * x` (role), then the chain-rule expansion.
    static func tooltip(_ a: GraphAnalysis, _ chain: ChainRule, _ i: Int) -> String {
        let node = a.nodes[i]
        var head = a.definition(i)
        if node.isLeaf { head += " (\(node.role == .parameter ? "parameter" : "input"))" }
        if i == a.rootIndex { head += " (output)" }
        return head + "\n" + chain.expansion(i)
    }

    /// A fixed small circle for symbols that fit it (`×`, `+`, `**2`, `exp`); longer names (`sigmoid`,
    /// `tanh`) get an ellipse that grows around them instead of spilling over a circle's edge.
    static func opShape(_ symbol: String) -> String {
        symbol.count <= 3 ? "shape=circle, width=0.45, fixedsize=true" : "shape=ellipse, width=0.45, height=0.45, margin=\"0.06,0.02\""
    }

    /// The symbol drawn in an operation's circle: `×` reads better than `*` on a slide.
    static func opSymbol(_ node: Value) -> String {
        switch node.opCode {
        case .mul: return "×"
        case .div: return "÷"
        case .sub: return "−"
        case .neg: return "−x"
        case .powConst: return node.exponent.map { "**\(NumberFormat.short($0))" } ?? "**"
        default: return node.op
        }
    }

    /// Marks the nodes that depend on `highlight` (the paths from it to the output), or nil.
    static func highlightedPath(_ a: GraphAnalysis, _ highlight: Value?) -> [Bool]? {
        guard let target = highlight else { return nil }
        var on = [Bool](repeating: false, count: a.count)
        for i in 0..<a.count {
            if a.nodes[i] === target { on[i] = true; continue }
            for p in a.operandIndices(of: i) where on[p] { on[i] = true; break }
        }
        return on
    }
}
