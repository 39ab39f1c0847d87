import Autodiff
import MimeBundle

/// The backward pass one step at a time, for `stepper(L)`: the same steps as `trace(L)`
/// (`BackwardTrace`), and for step k the graph with the node being differentiated in the focus
/// colour, the gradients summed so far (a node reached by several paths shows its running sum),
/// and the step's lines — upstream gradient times local derivative for each operand.
public struct BackwardStepper {
    public let trace: BackwardTrace
    private let root: Value
    private let analysis: GraphAnalysis

    public init(_ root: Value) {
        self.root = root
        trace = BackwardTrace(root)
        analysis = GraphAnalysis(root)
    }

    /// Positions: 0 is the start (dL/dL = 1), k the k-th backward step.
    public var count: Int { trace.steps.count + 1 }

    /// The view at position k (clamped).
    public func view(at position: Int) -> MimeBundle {
        let k = Swift.max(0, Swift.min(position, count - 1))
        var grads: [ObjectIdentifier: Double] = [ObjectIdentifier(analysis.nodes[analysis.rootIndex]): 1]
        for step in trace.steps.prefix(k) {
            for c in step.contributions {
                grads[ObjectIdentifier(analysis.nodes[c.operand]), default: 0] += c.amount
            }
        }
        var options = GraphOptions()
        options.gradients = grads
        let focusIndex = k == 0 ? analysis.rootIndex : trace.steps[k - 1].node
        options.focus = analysis.nodes[focusIndex]
        let graph = ComputationGraph(root, options: options).mimeBundle
        let heading: String
        let lines: [String]
        if k == 0 {
            heading = "Position 0 of \(count - 1): \(trace.start)"
            lines = ["Next: the step that undoes the last operation, \(analysis.definition(analysis.rootIndex))"]
        } else {
            let step = trace.steps[k - 1]
            heading = "Position \(k) of \(count - 1): step \(step.number) backward: \(step.operation)"
            lines = step.lines + (k == count - 1 ? [trace.result] : [])
        }
        let text = ([heading] + lines.map { "  " + $0 }).joined(separator: "\n")
        var html = "<div style=\"\(HTMLTheme.colors)font-family:Helvetica,Arial,sans-serif;font-size:15px\">"
        html += "<div style=\"font-weight:bold;margin:4px 0\">\(Escape.html(heading))</div>"
        for line in lines {
            html += "<div style=\"font-family:Menlo,Consolas,monospace;font-size:14px;padding-left:1.5em\">\(Escape.html(line))</div>"
        }
        html += "</div>"
        if case let .string(svg)? = graph["image/svg+xml"] { html += "<div>\(svg)</div>" }
        return MimeBundle(data: [("text/plain", .string(text)), ("text/html", .string(html))])
    }
}
