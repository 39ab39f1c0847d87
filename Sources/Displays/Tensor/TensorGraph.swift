import Autodiff
import MimeBundle

/// The computation graph of a tensor expression: a record per tensor (name | shape | values or
/// norm | grad), a box per operation, in the colours of the scalar graphs. Every
/// tensor the root depends on is drawn, data and constants included; edges into an operation are
/// labelled with the shape they carry, so `[100, 2] · [2, 4] → [100, 4]` can be read off the picture.
public struct TensorGraph: MimeRepresentable {
    public let dot: String
    public let summary: String

    /// The direction the graph is drawn in, "LR" or "TB".
    public let rankdir: String

    /// `rankdir` "auto" draws left to right unless that would shrink the drawing below a legible scale
    /// in a notebook and top to bottom is narrower (`LayoutChoice`): a two-layer network on a batch is a
    /// chain of 20 nodes, 36 in wide left to right, 9 in top to bottom.
    public init(_ root: Tensor, rankdir: String = "auto", showGrads: Bool = true) {
        let a = TensorGraphAnalysis(root)
        let direction = rankdir.uppercased() == "AUTO"
            ? LayoutChoice.rankdir { TensorGraph.dot(a, rankdir: $0, showGrads: showGrads) }
            : (rankdir.uppercased() == "TB" ? "TB" : "LR")
        self.rankdir = direction
        dot = TensorGraph.dot(a, rankdir: direction, showGrads: showGrads)
        let ops = a.nodes.filter { !$0.isLeaf }.count
        let state = root.grad == nil ? "gradients not yet computed (run backward())" : "gradients computed"
        summary = "Computation graph of \(a.names[a.rootIndex]) (shape \(TensorFormat.shape(root.shape))): \(a.count) tensors, \(ops) operations, \(state)"
    }

    static func dot(_ a: TensorGraphAnalysis, rankdir: String, showGrads: Bool) -> String {
        let lr = rankdir == "LR"
        var out = GraphStyle.header(rankdir: rankdir, title: nil)
        for i in 0..<a.count {
            let t = a.nodes[i]
            var fields = Escape.dotRecordField(a.names[i]) + " | " + Escape.dotRecordField(TensorFormat.shape(t.shape))
            fields += " | " + Escape.dotRecordField(TensorFormat.values(t.data, shape: t.shape))
            if showGrads && t.requiresGrad {
                fields += " | grad " + Escape.dotRecordField(t.grad.map { TensorFormat.values($0, shape: t.shape) } ?? "?")
            }
            out += "  n\(i) [shape=record, style=\"filled\", fillcolor=\"\(GraphStyle.fill(a.kind(i)))\", label=\""
            // Fields stacked (name over shape over values) keep a long chain of matrices narrow.
            out += (lr ? fields : "{ " + fields + " }") + "\", tooltip=\""
            out += Escape.dotString("\(a.names[i]) = \(a.expression(i))  \(TensorFormat.shape(t.shape))\n\(a.gradientFormula(i))")
            out += "\"];\n"
            guard !t.isLeaf else { continue }
            out += "  n\(i)_op [shape=box, style=\"rounded,filled\", fillcolor=\"\(GraphStyle.opFill)\", label=\""
            out += Escape.dotString(TensorGraph.symbol(t.op)) + "\"];\n"
            out += "  n\(i)_op -> n\(i);\n"
            for p in a.operandIndices(of: i) {
                out += "  n\(p) -> n\(i)_op [label=\"\(Escape.dotString(TensorFormat.shape(a.nodes[p].shape)))\"];\n"
            }
        }
        out += "}\n"
        return out
    }

    static func symbol(_ op: String) -> String {
        switch op {
        case "*": return "⊙"
        case "/": return "÷"
        case "-": return "−"
        case "neg": return "−x"
        case "matmul": return "@"
        default: return op
        }
    }

    public var mimeBundle: MimeBundle { GraphBundle.make(dot: dot, summary: summary) }
}
