import Autodiff
import MimeBundle

/// The gradients of a tensor graph, one row per tensor in backward order: how it was computed, its
/// shape, its values (or norm), its gradient (same shape), and the matrix chain rule that made the
/// gradient — `dL/dW1 = Xᵀ · dL/dz1` — as the matrix-form lesson writes it.
public struct TensorGradTable: MimeRepresentable {
    let title: String
    let table: TextTable
    let notes: [String]

    public init(_ root: Tensor) {
        let a = TensorGraphAnalysis(root)
        var table = TextTable(headers: ["tensor", "computed as", "shape", "value", "grad", "chain rule"],
                              alignments: [.left, .left, .left, .right, .right, .left])
        table.noWrap = [2]
        for i in stride(from: a.rootIndex, through: 0, by: -1) {
            let t = a.nodes[i]
            guard t.requiresGrad else { continue }
            table.add([a.names[i], a.expression(i), TensorFormat.shape(t.shape),
                       TensorFormat.values(t.data, shape: t.shape),
                       t.grad.map { TensorFormat.values($0, shape: t.shape) } ?? "?",
                       a.gradientFormula(i)],
                      color: GradTable.rowColor(a.kind(i)))
        }
        var notes = ["Each gradient has the shape of its tensor; Σ↓ sums a broadcast operand's gradient back to its shape, ⊙ multiplies element-wise."]
        let skipped = a.nodes.filter { !$0.requiresGrad }.count
        if skipped > 0 { notes.append("\(skipped) tensors without requiresGrad (data, constants) get no gradient and are not listed.") }
        if root.grad == nil { notes.append("Gradients are not yet computed: run backward() on \(a.names[a.rootIndex]).") }
        title = "Gradients of \(a.names[a.rootIndex]) = \(TensorFormat.values(root.data, shape: root.shape)), in backward order"
        self.table = table
        self.notes = notes
    }

    public var plainText: String { ([title, table.plainText] + notes.map { "· " + $0 }).joined(separator: "\n") }

    public var mimeBundle: MimeBundle {
        var html = "<div style=\"\(HTMLTheme.colors)\"><div style=\"font-family:Helvetica,Arial,sans-serif;font-size:16px;font-weight:bold;margin:4px 0\">\(Escape.html(title))</div>"
        html += table.html(caption: nil)
        for n in notes { html += "<div style=\"font-family:Helvetica,Arial,sans-serif;color:\(HTMLTheme.mutedText);margin:2px 0\">\(Escape.html(n))</div>" }
        html += "</div>"
        return MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html)),
                                 ("text/markdown", .string("**\(title)**\n\n" + table.markdown))])
    }
}

/// The backward pass over a tensor graph, step by step in the order it ran: each operation undone,
/// each operand's gradient with its rule and the shapes that meet in it.
public struct TensorTrace: MimeRepresentable {
    public let lines: [String]

    public init(_ root: Tensor) {
        let a = TensorGraphAnalysis(root)
        var lines: [String] = []
        guard root.grad != nil else {
            lines = ["The backward pass has not run: call backward() on \(a.names[a.rootIndex]), then trace it."]
            self.lines = lines
            return
        }
        lines.append("Start: dL/d\(a.names[a.rootIndex]) = 1 (shape \(TensorFormat.shape(root.shape)))")
        var opNumber = [Int](repeating: 0, count: a.count), ops = 0
        for i in 0..<a.count where !a.nodes[i].isLeaf { ops += 1; opNumber[i] = ops }
        for i in stride(from: a.rootIndex, through: 0, by: -1) where !a.nodes[i].isLeaf {
            let t = a.nodes[i]
            lines.append("Step \(opNumber[i]) backward: \(a.names[i]) = \(a.expression(i))  \(TensorFormat.shape(t.shape))")
            for (slot, p) in a.operandIndices(of: i).enumerated() where a.nodes[p].requiresGrad {
                let operand = a.nodes[p]
                let g = operand.grad.map { TensorFormat.values($0, shape: operand.shape) } ?? "?"
                lines.append("  dL/d\(a.names[p]) ← \(a.rule(consumer: i, slot: slot))  \(TensorFormat.shape(operand.shape)) = \(g)")
            }
        }
        let leaves = (0..<a.count).filter { a.nodes[$0].isLeaf && a.nodes[$0].requiresGrad }
        lines.append("Result: " + leaves.map { i in
            "dL/d\(a.names[i]) \(TensorFormat.shape(a.nodes[i].shape)) = \(a.nodes[i].grad.map { TensorFormat.values($0, shape: a.nodes[i].shape) } ?? "?")"
        }.joined(separator: ", "))
        self.lines = lines
    }

    public var plainText: String { lines.joined(separator: "\n") }

    public var mimeBundle: MimeBundle {
        let html = "<pre style=\"\(HTMLTheme.colors)font-size:13px\">" + Escape.html(plainText) + "</pre>"
        return MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html))])
    }
}
