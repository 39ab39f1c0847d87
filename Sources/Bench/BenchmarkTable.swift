/// Whether a measured figure meets its target.
enum Verdict {
    case met, missed
    /// A row without a target (extra figures, native counterparts of language rows).
    case informational
    /// The Swiftgrad side could not be measured (a piece not built yet, or a failure).
    case notMeasured

    var symbol: String {
        switch self {
        case .met: return "✓"
        case .missed: return "✗"
        case .informational: return "—"
        case .notMeasured: return "not run"
        }
    }
}

/// What a row is held to.
enum Target {
    case none
    /// Swiftgrad's figure at most this much (same unit as the figure); `label` e.g. "≤ 50 ns".
    case atMost(Double, label: String)
    /// The anchor's figure divided by Swiftgrad's at least this factor.
    case speedupAtLeast(Double)
    /// The same test with the target spelled out (`≤ 1.5× NumPy's time` is a ratio ≥ 1/1.5).
    case ratioAtLeast(Double, label: String)

    var label: String {
        switch self {
        case .none: return "—"
        case let .atMost(_, label): return label
        case let .speedupAtLeast(factor): return "≥ \(Format.factor(factor)) faster"
        case let .ratioAtLeast(_, label): return label
        }
    }
}

/// One line of a results table: what, Swiftgrad, anchor, ratio, target, met?
struct BenchmarkRow {
    var what: String
    var swiftgrad: String
    var anchor: String
    var ratio: String
    var target: String
    var verdict: Verdict

    /// Compares a Swiftgrad figure with its anchor (smaller is better for both: time or bytes).
    /// `failure` explains a missing Swiftgrad figure.
    static func compare(_ what: String, swiftgrad: Double?, anchor: Double?, anchorNote: String = "",
                        format: (Double) -> String, target: Target, failure: String? = nil) -> BenchmarkRow
    {
        let anchorText = anchor.map { format($0) + (anchorNote.isEmpty ? "" : " \(anchorNote)") } ?? "—"
        guard let mine = swiftgrad else {
            return BenchmarkRow(what: what, swiftgrad: failure.map { "not run: \($0)" } ?? "not run",
                                anchor: anchorText, ratio: "—", target: target.label, verdict: .notMeasured)
        }
        var ratioText = "—"
        var speedup: Double?
        if let anchor = anchor, mine > 0 {
            speedup = anchor / mine
            ratioText = Format.factor(anchor / mine)
        }
        let verdict: Verdict
        switch target {
        case .none:
            verdict = .informational
        case let .atMost(limit, _):
            verdict = mine <= limit ? .met : .missed
        case let .speedupAtLeast(factor), let .ratioAtLeast(factor, _):
            if let speedup = speedup { verdict = speedup >= factor ? .met : .missed } else { verdict = .notMeasured }
        }
        return BenchmarkRow(what: what, swiftgrad: format(mine), anchor: anchorText, ratio: ratioText,
                            target: target.label, verdict: verdict)
    }
}

/// A titled table with the notes that say how its figures were taken.
struct BenchmarkSection {
    var title: String
    var anchorName: String
    var rows: [BenchmarkRow] = []
    var notes: [String] = []

    /// The section as Markdown: heading, table, notes.
    var markdown: String {
        var lines = ["## \(title)", "",
                     "| what | Swiftgrad | \(anchorName) | ratio | target | met? |",
                     "|---|---:|---:|---:|---|:---:|"]
        for row in rows {
            let cells = [row.what, row.swiftgrad, row.anchor, row.ratio, row.target, row.verdict.symbol]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// The section as aligned plain-text columns for the terminal.
    var plainText: String {
        let header = ["what", "Swiftgrad", anchorName, "ratio", "target", "met?"]
        let table = [header] + rows.map { [$0.what, $0.swiftgrad, $0.anchor, $0.ratio, $0.target, $0.verdict.symbol] }
        let widths = (0..<header.count).map { c in table.map { $0[c].count }.max() ?? 0 }
        let lines = table.map { cells in
            zip(cells, widths).map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        return ([title, String(repeating: "=", count: title.count)] + lines).joined(separator: "\n")
    }
}
