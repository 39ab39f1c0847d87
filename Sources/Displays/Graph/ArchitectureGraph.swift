import Autodiff
import MimeBundle

/// The picture of an MLP's architecture: inputs, then each layer as a box of neurons, fully
/// connected. Wide layers show their first neurons and a "+N more" node so the drawing stays legible.
public struct ArchitectureGraph: MimeRepresentable {
    /// The Graphviz source.
    public let dot: String
    public let summary: String
    /// Neurons drawn per layer before the rest are summarised.
    static let shownPerLayer = 8

    public init(_ model: MLP) {
        summary = model.description
        var out = GraphStyle.header(rankdir: "LR", title: model.description)
        out += "  graph [splines=line, ranksep=1.4, nodesep=0.12];\n"
        out += "  node [shape=circle, width=0.5, fixedsize=true, style=filled];\n"
        out += "  edge [color=\"#9a9a9a\", arrowsize=0.4, penwidth=0.8];\n"
        var previous = ArchitectureGraph.column(&out, id: "in", title: "input\n\(model.nin) values",
                                                count: model.nin, prefix: "x", fill: GraphStyle.inputFill)
        for (l, layer) in model.layers.enumerated() {
            let isLast = l == model.layers.count - 1
            let title = "\(isLast ? "output" : "layer \(l + 1)") · \(layer.activation.rawValue)\n"
                + "\(layer.nout) neuron\(layer.nout == 1 ? "" : "s") · \(layer.nout * (layer.nin + 1)) parameters"
            let column = ArchitectureGraph.column(&out, id: "L\(l + 1)", title: title, count: layer.nout,
                                                  prefix: "N", fill: isLast ? GraphStyle.outputFill : GraphStyle.parameterFill)
            for a in previous { for b in column { out += "  \(a) -> \(b);\n" } }
            previous = column
        }
        out += "}\n"
        dot = out
    }

    /// Writes one column as a cluster and returns the ids of its nodes.
    private static func column(_ out: inout String, id: String, title: String, count: Int,
                               prefix: String, fill: String) -> [String] {
        out += "  subgraph cluster_\(id) {\n    label=\"\(Escape.dotString(title))\"; style=\"rounded,filled\"; fillcolor=\"#fafafa\"; color=\"\(GraphStyle.muted)\";\n"
        var ids: [String] = []
        let shown = count > shownPerLayer ? shownPerLayer - 1 : count
        for k in 0..<shown {
            let nodeID = "\(id)_\(k)"
            let label = prefix == "x" ? "x\(k)" : "\(k + 1)"
            out += "    \(nodeID) [label=\"\(label)\", fillcolor=\"\(fill)\"];\n"
            ids.append(nodeID)
        }
        if count > shown {
            let nodeID = "\(id)_more"
            out += "    \(nodeID) [label=\"+\(count - shown)\", shape=box, style=\"rounded,dashed\", fillcolor=\"white\", width=0.6];\n"
            ids.append(nodeID)
        }
        out += "  }\n"
        return ids
    }

    public var mimeBundle: MimeBundle { GraphBundle.make(dot: dot, summary: summary) }
}
