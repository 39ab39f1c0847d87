import MimeBundle

/// Several outputs (printed text, graphs, tables) as one bundle, so that they can replace one
/// display in place (`update_display_data` replaces exactly one output). One output stays as it is.
public enum CombinedOutput {
    public static func bundle(_ parts: [MimeBundle]) -> MimeBundle {
        if parts.count == 1 { return parts[0] }
        if parts.isEmpty { return MimeBundle(plain: "") }
        let plain = parts.map { $0.plainText }.joined(separator: "\n")
        let html = "<div style=\"\(HTMLTheme.colors)\">" + parts.map(htmlPart).joined(separator: "\n") + "</div>"
        return MimeBundle(data: [("text/plain", .string(plain)), ("text/html", .string(html))])
    }

    /// The part as HTML: its own HTML, else its SVG inline, else its text in a `<pre>`.
    static func htmlPart(_ part: MimeBundle) -> String {
        if case let .string(html)? = part["text/html"] { return "<div>\(html)</div>" }
        if case let .string(svg)? = part["image/svg+xml"] { return "<div>\(svg)</div>" }
        return "<pre>\(Escape.html(part.plainText))</pre>"
    }
}
