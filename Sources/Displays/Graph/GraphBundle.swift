import MimeBundle

/// The bundle every graph display sends: the DOT source, the SVG Graphviz drew from it, and a text
/// summary. When Graphviz is missing or fails, the text says why in one line and carries the DOT.
enum GraphBundle {
    static func make(dot: String, summary: String, render: Bool = true) -> MimeBundle {
        var bundle = MimeBundle()
        bundle["text/vnd.graphviz"] = .string(dot)
        switch render ? Graphviz.renderSVG(dot: dot) : .failure(.couldNotLaunch("rendering switched off")) {
        case let .success(svg):
            bundle["image/svg+xml"] = .string(svg)
            bundle["text/plain"] = .string(summary)
        case let .failure(error):
            bundle["text/plain"] = .string("\(summary)\n\(error.hint)\n\(dot)")
        }
        return bundle
    }
}
