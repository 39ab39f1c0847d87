import Autodiff
import MimeBundle

/// `quiz(L, expected: ["w": 42, "b": 14])`: a learner's predicted gradients checked against the
/// engine (and finite differences for inputs). A wrong answer is explained, not just marked: the
/// first node along the chain from L where the gradient goes wrong, and the local factor that was
/// missed (or the path that was left out, for a node reached by several paths).
public struct GradientQuiz: MimeRepresentable {
    public struct Answer {
        public var name: String
        public var given: Double
        public var engine: Double
        public var finiteDifference: Double?
        public var correct: Bool
        /// Why it is wrong (empty when right).
        public var explanation: String
    }

    public let rootName: String
    public let answers: [Answer]
    /// Names in `expected` that are not nodes of the graph.
    public let unknown: [String]

    public var allCorrect: Bool { unknown.isEmpty && answers.allSatisfy { $0.correct } }

    /// Answers within this relative tolerance count as right (learners round).
    static let tolerance = 1e-3

    public init(_ root: Value, expected: [(String, Double)]) {
        let a = GraphAnalysis(root)
        let trace = BackwardTrace(root)
        var grads = [Double](repeating: 0, count: a.count)
        grads[a.rootIndex] = 1
        for step in trace.steps { for c in step.contributions { grads[c.operand] += c.amount } }
        let replay = ForwardReplay(analysis: a)
        let chain = ChainRule(analysis: a)
        var index: [String: Int] = [:]
        for (i, name) in a.names.enumerated() where index[name] == nil { index[name] = i }
        let given = Dictionary(expected, uniquingKeysWith: { first, _ in first })

        func close(_ x: Double, _ y: Double) -> Bool { Swift.abs(x - y) <= GradientQuiz.tolerance * Swift.max(1, Swift.abs(y)) }
        func wrongOnTheWay(_ i: Int) -> Int? {
            // The first node from the root down to i whose own answer (if the learner gave one) is wrong.
            var path: [Int] = []
            var k = i
            while k != a.rootIndex, let use = a.usesOf(k).first, a.usesOf(k).count == 1 { path.append(use.consumer); k = use.consumer }
            return path.reversed().first { j in
                given[a.names[j]].map { !close($0, grads[j]) } ?? false
            }
        }

        var answers: [Answer] = []
        var unknown: [String] = []
        for (name, value) in expected {
            guard let i = index[name] else { unknown.append(name); continue }
            let fd = a.nodes[i].isLeaf ? replay.finiteDifference(leaf: i) : nil
            let right = close(value, grads[i])
            var why = ""
            if !right {
                if let j = wrongOnTheWay(i) {
                    why = "the chain already goes wrong at \(a.names[j]): \(chain.symbol(j)) is \(NumberFormat.short(grads[j])), "
                        + "you gave \(NumberFormat.short(given[a.names[j]]!))"
                } else {
                    why = GradientQuiz.explain(i, value, grads, a, chain)
                }
            }
            answers.append(Answer(name: name, given: value, engine: grads[i], finiteDifference: fd, correct: right,
                                  explanation: why))
        }
        rootName = a.rootName
        self.answers = answers
        self.unknown = unknown
    }

    /// Why `value` is not d root / d node i: a missed local factor along a single path, a left-out
    /// path, a sign, or else the whole product to compare with.
    static func explain(_ i: Int, _ value: Double, _ grads: [Double], _ a: GraphAnalysis, _ chain: ChainRule) -> String {
        func close(_ x: Double, _ y: Double) -> Bool { Swift.abs(x - y) <= tolerance * Swift.max(1, Swift.abs(y)) }
        let truth = grads[i]
        let uses = Array(a.usesOf(i))
        if uses.count > 1 {
            // Several paths: the gradient is a sum, one term per use.
            let terms = uses.map { use -> (consumer: Int, term: Double) in
                let locals = a.nodes[use.consumer].localDerivatives
                return (use.consumer, grads[use.consumer] * (use.slot < locals.count ? locals[use.slot] : 0))
            }
            if let missed = terms.first(where: { close(value, truth - $0.term) }) {
                return "\(a.names[i]) is used \(uses.count) times, so \(chain.symbol(i)) sums one term per use; "
                    + "you left out the path through \(a.names[missed.consumer]) (\(a.definition(missed.consumer))), "
                    + "which adds \(NumberFormat.short(missed.term))"
            }
            return "\(a.names[i]) is used \(uses.count) times: \(chain.symbol(i)) = "
                + terms.map { NumberFormat.short($0.term) }.joined(separator: " + ") + " = \(NumberFormat.short(truth))"
        }
        // One path: walk it from the root, factor by factor.
        var factors: [(consumer: Int, operand: Int, local: Double)] = []
        var k = i
        while k != a.rootIndex, let use = a.usesOf(k).first {
            let locals = a.nodes[use.consumer].localDerivatives
            factors.append((use.consumer, k, use.slot < locals.count ? locals[use.slot] : 0))
            if a.usesOf(use.consumer).count != 1 && use.consumer != a.rootIndex { break }
            k = use.consumer
        }
        factors.reverse()   // from the root down
        for (n, f) in factors.enumerated() where f.local != 0 && f.local != 1 && close(value * f.local, truth) {
            let wrongFrom = n + 1 < factors.count ? factors[n + 1].consumer : i
            return "the chain goes wrong at \(a.names[wrongFrom == i ? f.operand : wrongFrom]): you missed the local factor "
                + "\(chain.localSymbol(consumer: f.consumer, of: f.operand)) = \(NumberFormat.short(f.local)) "
                + "(from \(a.definition(f.consumer)))"
        }
        if close(value, -truth) { return "the sign is wrong: \(chain.symbol(i)) = \(NumberFormat.short(truth))" }
        if factors.count == 1, let f = factors.first {
            return "\(chain.symbol(i)) is the local derivative of \(a.definition(f.consumer)) with respect to "
                + "\(a.names[i]): \(NumberFormat.short(truth))"
        }
        let symbols = factors.map { chain.localSymbol(consumer: $0.consumer, of: $0.operand) }.joined(separator: " · ")
        let product = factors.map { NumberFormat.short($0.local) }.joined(separator: " · ")
        return "\(chain.symbol(i)) = \(symbols) = \(product) = \(NumberFormat.short(truth))"
    }

    public var plainText: String {
        var lines: [String] = []
        for answer in answers {
            let mark = answer.correct ? "✓" : "✗"
            var line = "\(mark) d\(rootName)/d\(answer.name): you said \(NumberFormat.short(answer.given)), "
                + "the engine says \(NumberFormat.short(answer.engine))"
            if let fd = answer.finiteDifference { line += " (finite differences: \(NumberFormat.short(fd)))" }
            lines.append(line)
            if !answer.correct { lines.append("  " + answer.explanation) }
        }
        for name in unknown { lines.append("? \(name) is not a node of the graph of \(rootName)") }
        let right = answers.filter { $0.correct }.count
        lines.append("\(right) of \(answers.count + unknown.count) right")
        return lines.joined(separator: "\n")
    }

    /// Theme text on tinted rows (green right, red wrong) with the mark in the accent colour: coloured
    /// text itself would read on only one of the Light and Dark themes.
    public var html: String {
        var out = "<div style=\"\(HTMLTheme.colors)font-family:Helvetica,Arial,sans-serif;font-size:15px\">"
        for line in plainText.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            if let mark = text.first, "✓✗?".contains(mark) {
                let right = mark == "✓"
                let accent = right ? HTMLTheme.success : HTMLTheme.failure
                out += "<div style=\"background:\(right ? HTMLTheme.outputTint : HTMLTheme.problemTint);"
                    + "border-left:4px solid \(accent);padding:3px 10px;margin:2px 0\">"
                    + "<b style=\"color:\(accent)\">\(mark)</b>\(Escape.html(String(text.dropFirst())))</div>"
            } else {
                let indent = text.hasPrefix("  ") ? "padding-left:1.9em;" : ""
                out += "<div style=\"\(indent)margin:2px 0\">\(Escape.html(text))</div>"
            }
        }
        return out + "</div>"
    }

    /// For LaTeX/PDF export: the marks as math symbols (nbconvert's default fonts have no ✓ ✗), one line each.
    public var latex: String {
        plainText.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("  ") ? "\\quad " + CheckResult.latexEscaped(String(line.dropFirst(2)))
                : CheckResult.latexEscaped(String(line))
        }.joined(separator: "\\\\\n")
    }

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html)), ("text/latex", .string(latex))])
    }
}
