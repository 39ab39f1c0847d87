import Foundation

/// Chooses the direction a computation graph is drawn in from its shape, so that it fits a notebook's
/// output width at a legible scale. Left to right (micrograd's layout) puts each level of the graph in a
/// column: a deep chain, or edges labelled with derivatives, grow wide. Top to bottom puts each level in
/// a row. Graphviz lays the graph out left to right first (`dot -Tplain`, a few milliseconds); only when
/// that would shrink it below `minimumScale` of its natural size is top to bottom tried, and taken when
/// it is narrower.
enum LayoutChoice {
    /// The width of a notebook output area in a 1280 px window, in inches (1000 px at 96 px per inch).
    static let outputWidth = 10.4
    /// Shrunk below this, Graphviz's 12-14 pt labels get hard to read.
    static let minimumScale = 0.75

    /// "LR" or "TB": `dot(rankdir)` writes the graph for a direction.
    static func rankdir(_ dot: (String) -> String) -> String {
        guard let leftToRight = width(of: dot("LR")), leftToRight * minimumScale > outputWidth,
              let topToBottom = width(of: dot("TB")), topToBottom < leftToRight else { return "LR" }
        return "TB"
    }

    /// The laid-out width in inches (nil when Graphviz is missing or fails): the first line of
    /// `dot -Tplain` is `graph SCALE WIDTH HEIGHT`.
    static func width(of dot: String) -> Double? {
        guard case let .success(data) = Graphviz.render(dot: dot, format: "plain", timeout: 5) else { return nil }
        let first = String(decoding: data.prefix(200), as: UTF8.self).split(separator: "\n").first ?? ""
        let fields = first.split(separator: " ")
        guard fields.count >= 4, fields[0] == "graph" else { return nil }
        return Double(fields[2])
    }
}
