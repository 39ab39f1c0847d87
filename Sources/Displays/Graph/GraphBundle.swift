import MimeBundle

/// The bundle every graph display sends: the DOT source, the SVG Graphviz drew from it (as an image and
/// inlined in HTML), and a text summary. When Graphviz is missing or fails, the text says why in one line and carries the DOT.
enum GraphBundle {
    static func make(dot: String, summary: String, render: Bool = true) -> MimeBundle {
        var bundle = MimeBundle()
        bundle["text/vnd.graphviz"] = .string(dot)
        switch render ? Graphviz.renderSVG(dot: dot) : .failure(.couldNotLaunch("rendering switched off")) {
        case let .success(svg):
            bundle["image/svg+xml"] = .string(fitToWidth(svg))
            bundle["text/html"] = .string(inlineHTML(svg))
            bundle["text/plain"] = .string(summary)
        case let .failure(error):
            bundle["text/plain"] = .string("\(summary)\n\(error.hint)\n\(dot)")
        }
        return bundle
    }

    /// Graphviz sizes its SVG in points (a 25-node graph is over 1,000 pt wide). `max-width:100%` scales
    /// it down to the output's width wherever the SVG is inlined (nbconvert, printed HTML); the viewBox
    /// keeps the proportions; small graphs keep their natural size.
    static func fitToWidth(_ svg: String) -> String {
        guard let open = svg.range(of: "<svg ") else { return svg }
        return svg.replacingCharacters(in: open, with: "<svg style=\"max-width:100%;height:auto\" ")
    }

    /// The same SVG inlined in HTML. JupyterLab and Notebook 7 draw `image/svg+xml` as an `<img>` at its
    /// natural size (no width limit: wide graphs scroll sideways), but scale inline SVG in HTML output
    /// to the output width; inline, the values' chain-rule tooltips (SVG `<title>`s) show on hover too.
    static func inlineHTML(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg ") else { return svg }
        return "<div style=\"background:white;display:inline-block;max-width:100%\">"
            + fitToWidth(String(svg[start.lowerBound...])) + "</div>"
    }
}
