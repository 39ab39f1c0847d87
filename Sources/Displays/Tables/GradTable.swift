import Autodiff
import MimeBundle

/// The gradients of a graph as a table, one row per value in the order backward visits them (output
/// first): name, how it was computed, data, grad, the local derivative(s) its gradient flows through,
/// and the chain-rule product that produced the grad (`dL/dz = dL/dh · dh/dz = 14 · 1 = 14`; a value
/// used on several paths shows the sum). `GradTable(model:)` instead lists a model's parameters with
/// gradient norms per layer and flags dead ReLU units and vanishing or exploding layers.
public struct GradTable: MimeRepresentable {
    let title: String
    let tables: [(caption: String?, table: TextTable)]
    /// Warnings shown under the tables (model tables only).
    public let flags: [String]

    /// At most this many rows are listed for one graph; the rest are counted.
    static let rowLimit = 500

    public init(_ root: Value) {
        let a = GraphAnalysis(root)
        let chain = ChainRule(analysis: a)
        var table = TextTable(headers: ["node", "computed as", "data", "grad", "local derivative", "chain rule"],
                              alignments: [.left, .left, .right, .right, .left, .left])
        let shown = Swift.min(a.count, GradTable.rowLimit)
        for i in stride(from: a.rootIndex, to: a.rootIndex - shown, by: -1) {
            let node = a.nodes[i]
            let locals = a.usesOf(i).map { use -> String in
                let d = a.nodes[use.consumer].localDerivatives
                let value = use.slot < d.count ? NumberFormat.short(d[use.slot]) : "?"
                return "\(chain.localSymbol(consumer: use.consumer, of: i)) = \(value)"
            }
            table.add([a.names[i], a.expression(i), NumberFormat.short(node.data),
                       node.gradComputed ? NumberFormat.short(node.grad) : "?",
                       locals.isEmpty ? "—" : locals.joined(separator: ", "),
                       chain.expansion(i)],
                      color: GradTable.rowColor(a.kind(i)))
        }
        var flags: [String] = []
        if shown < a.count { flags.append("\(NumberFormat.count(a.count - shown)) more values not listed.") }
        if !root.gradComputed { flags.append("Gradients are not yet computed: run backward() on \(a.rootName).") }
        title = "Gradients of \(a.rootName) = \(NumberFormat.short(root.data)), in backward order"
        tables = [(nil, table)]
        self.flags = flags
    }

    public init(model: MLP) {
        let report = ModelGradReport(model)
        title = "Gradients of \(model.description)"
        tables = [("Per layer", report.layers), ("Parameters", report.parameters)]
        flags = report.flags
    }

    static func rowColor(_ kind: NodeKind) -> String? {
        switch kind {
        case .parameter: return HTMLTheme.parameterTint
        case .input: return HTMLTheme.inputTint
        case .output: return HTMLTheme.outputTint
        case .intermediate: return nil
        }
    }

    public var plainText: String {
        var parts = [title]
        for (caption, table) in tables {
            if let caption = caption { parts.append("\n" + caption) }
            parts.append(table.plainText)
        }
        parts += flags.map { "⚠ " + $0 }
        return parts.joined(separator: "\n")
    }

    public var html: String {
        var out = "<div style=\"\(HTMLTheme.colors)\"><div style=\"font-family:Helvetica,Arial,sans-serif;font-size:16px;font-weight:bold;margin:4px 0\">\(Escape.html(title))</div>"
        for (caption, table) in tables { out += table.html(caption: caption) }
        for flag in flags {
            out += "<div style=\"font-family:Helvetica,Arial,sans-serif;background:\(HTMLTheme.warningTint);border-left:4px solid #ff9800;padding:2px 8px;margin:2px 0\">⚠ \(Escape.html(flag))</div>"
        }
        return out + "</div>"
    }

    public var markdown: String {
        var out = "**\(title)**\n\n"
        for (caption, table) in tables {
            if let caption = caption { out += "*\(caption)*\n\n" }
            out += table.markdown + "\n"
        }
        for flag in flags { out += "- ⚠ \(flag)\n" }
        return out
    }

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html)),
                          ("text/markdown", .string(markdown))])
    }
}
