import Autodiff
import MimeBundle

/// The backward pass narrated step by step, in the order it runs, in the words of the lessons' worked
/// example:
///
///     Start: dL/dL = 1
///     Step 3 backward: L = h ** 2
///       dL/dh = 2·h = 14
///     Step 2 backward: h = z + b
///       dL/dz = dL/dh · 1 = 14 × 1 = 14
///     ...
///     Result: dL/dw = 42, dL/dx = 28, dL/db = 14
///
/// The trace propagates the gradients itself from the local derivatives, so it reads the same before
/// `backward()` has run (it then says so) — it is what backward *will* do.
public struct BackwardTrace: MimeRepresentable {
    /// One backward step: the operation it undoes and one line per operand.
    public struct Step {
        public var number: Int
        public var operation: String
        public var lines: [String]
        /// The node this step differentiates (its index in `GraphAnalysis` order) and what it adds
        /// to each operand's gradient, so a stepper can replay the running sums.
        public var node: Int = 0
        public var contributions: [(operand: Int, amount: Double)] = []
    }

    public let start: String
    public let steps: [Step]
    public let result: String
    public let notes: [String]

    /// Steps narrated in full; longer passes are cut with a count.
    static let stepLimit = 200

    public init(_ root: Value) {
        let a = GraphAnalysis(root)
        let chain = ChainRule(analysis: a)
        var grads = [Double](repeating: 0, count: a.count)
        var reached = [Bool](repeating: false, count: a.count)
        grads[a.rootIndex] = 1
        reached[a.rootIndex] = true
        // Forward step numbers: the k-th operation computed is "Step k".
        var stepNumber = [Int](repeating: 0, count: a.count)
        var ops = 0
        for i in 0..<a.count where !a.nodes[i].isLeaf { ops += 1; stepNumber[i] = ops }

        var steps: [Step] = []
        for i in stride(from: a.rootIndex, through: 0, by: -1) where !a.nodes[i].isLeaf {
            let node = a.nodes[i]
            let locals = node.localDerivatives
            let operandIndices = Array(a.operandIndices(of: i))
            let names = operandIndices.map { a.names[$0] }
            var lines: [String] = []
            var contributions: [(operand: Int, amount: Double)] = []
            for (slot, p) in operandIndices.enumerated() {
                let local = slot < locals.count ? locals[slot] : 0
                let contribution = grads[i] * local
                let formula = LocalRule.formula(of: node, slot: slot, operandNames: names)
                let target = chain.symbol(p)
                let accumulate = reached[p]
                grads[p] += contribution
                reached[p] = true
                contributions.append((p, contribution))
                guard steps.count < BackwardTrace.stepLimit else { continue }
                var line = "\(target) \(accumulate ? "+=" : "=") "
                if i == a.rootIndex {
                    // Upstream is dL/dL = 1: the local derivative is the whole story.
                    line += LocalRule.isConstant(formula) ? formula : "\(formula) = \(NumberFormat.short(local))"
                } else {
                    line += "\(chain.symbol(i)) · \(formula) = \(NumberFormat.short(grads[i])) × \(NumberFormat.short(local))"
                        + " = \(NumberFormat.short(contribution))"
                }
                if accumulate { line += "  (total \(NumberFormat.short(grads[p])))" }
                lines.append(line)
            }
            if steps.count < BackwardTrace.stepLimit {
                steps.append(Step(number: stepNumber[i], operation: a.definition(i), lines: lines, node: i,
                                  contributions: contributions))
            }
        }
        var notes: [String] = []
        if ops > steps.count { notes.append("… \(NumberFormat.count(ops - steps.count)) more steps not shown.") }
        if !root.gradComputed {
            notes.append("backward() has not run yet: these are the gradients it will compute.")
        }
        let leaves = (0..<a.count).filter { a.nodes[$0].isLeaf }
        start = "Start: \(chain.symbol(a.rootIndex)) = 1"
        result = "Result: " + (leaves.isEmpty ? "\(a.rootName) has no inputs"
            : leaves.prefix(50).map { "\(chain.symbol($0)) = \(NumberFormat.short(grads[$0]))" }.joined(separator: ", ")
              + (leaves.count > 50 ? ", …" : ""))
        self.steps = steps
        self.notes = notes
    }

    public var plainText: String {
        var out = [start]
        for step in steps {
            out.append("Step \(step.number) backward: \(step.operation)")
            out += step.lines.map { "  " + $0 }
        }
        out.append(result)
        out += notes
        return out.joined(separator: "\n")
    }

    public var html: String {
        let font = "font-family:Helvetica,Arial,sans-serif;font-size:15px;"
        let mono = "font-family:Menlo,Consolas,monospace;font-size:14px;"
        var out = "<div style=\"\(font)\(HTMLTheme.colors)\"><div style=\"font-weight:bold;margin:4px 0\">\(Escape.html(start))</div>"
        out += "<ol style=\"list-style:none;padding-left:0;margin:0\">"
        for step in steps {
            out += "<li style=\"margin:6px 0;padding:4px 10px;border-left:4px solid #d62728;background:\(HTMLTheme.panel)\">"
            out += "<div><b>Step \(step.number) backward:</b> <code style=\"\(mono)\">\(Escape.html(step.operation))</code></div>"
            for line in step.lines {
                out += "<div style=\"\(mono)padding-left:1.5em\">\(Escape.html(line))</div>"
            }
            out += "</li>"
        }
        out += "</ol><div style=\"font-weight:bold;margin:6px 0;padding-left:8px;border-left:4px solid \(HTMLTheme.success)\">\(Escape.html(result))</div>"
        for note in notes { out += "<div style=\"color:\(HTMLTheme.mutedText)\">\(Escape.html(note))</div>" }
        return out + "</div>"
    }

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html))])
    }
}
