/// Colours and fonts shared by the graph drawings, chosen to read on a projector: pale fills,
/// dark text, one strong accent for highlighted paths.
enum GraphStyle {
    static let font = "Helvetica"
    static let inputFill = "#d6e6ff"
    static let parameterFill = "#ffe0b3"
    static let outputFill = "#c8efc8"
    static let intermediateFill = "#f5f5f5"
    static let opFill = "#ffffff"
    static let border = "#4d4d4d"
    static let edge = "#666666"
    static let highlight = "#d62728"
    /// The node a backward stepper is at (distinct from the red path highlight).
    static let focus = "#1f77b4"
    static let muted = "#888888"

    static func fill(_ kind: NodeKind) -> String {
        switch kind {
        case .input: return inputFill
        case .parameter: return parameterFill
        case .output: return outputFill
        case .intermediate: return intermediateFill
        }
    }

    /// The opening of every digraph the displays write.
    static func header(rankdir: String, title: String?) -> String {
        var out = "digraph G {\n"
        out += "  graph [rankdir=\(rankdir), fontname=\"\(font)\", fontsize=16, nodesep=0.3, ranksep=0.45, bgcolor=\"white\""
        if let title = title {
            out += ", label=\"\(Escape.dotString(title))\", labelloc=t, labeljust=l"
        }
        out += "];\n"
        out += "  node [fontname=\"\(font)\", fontsize=14, color=\"\(border)\"];\n"
        out += "  edge [fontname=\"\(font)\", fontsize=12, color=\"\(edge)\", arrowsize=0.7];\n"
        return out
    }
}
