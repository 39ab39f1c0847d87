import MimeBundle

/// The bundle every graph display sends: the DOT source, the SVG Graphviz drew from it, and a text
/// summary. When Graphviz is missing or fails, the text says why in one line and carries the DOT.
enum GraphBundle {
    static func make(dot: String, summary: String, render: Bool = true) -> MimeBundle {
        var bundle = MimeBundle()
        bundle["text/vnd.graphviz"] = .string(dot)
        switch render ? Graphviz.renderSVG(dot: dot) : .failure(.couldNotLaunch("rendering switched off")) {
        case let .success(svg):
            bundle["image/svg+xml"] = .string(fitToWidth(svg))
            bundle["text/plain"] = .string(summary)
        case let .failure(error):
            bundle["text/plain"] = .string("\(summary)\n\(error.hint)\n\(dot)")
        }
        return bundle
    }

    /// Graphviz sizes its SVG in points (a 25-node graph is over 1,000 pt wide), which nbconvert and
    /// notebooks show cut off in a scrolling box. Scaled down to the output's width instead (the
    /// viewBox keeps the proportions); small graphs keep their natural size.
    static func fitToWidth(_ svg: String) -> String {
        guard let open = svg.range(of: "<svg ") else { return svg }
        return svg.replacingCharacters(in: open, with: "<svg style=\"max-width:100%;height:auto\" ")
    }
}
