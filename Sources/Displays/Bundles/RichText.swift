import Foundation
import MimeBundle

/// An HTML display with a readable `text/plain` fallback (the tags stripped, entities decoded).
public func html(_ s: String) -> MimeBundle {
    MimeBundle(data: [("text/plain", .string(RichText.plainText(fromHTML: s))), ("text/html", .string(s))])
}

/// A Markdown display; the Markdown itself is the `text/plain` fallback.
public func markdown(_ s: String) -> MimeBundle {
    MimeBundle(data: [("text/plain", .string(s)), ("text/markdown", .string(s))])
}

enum RichText {
    /// Drops tags, turns `<br>`, `</p>`, `</div>`, `</li>`, `</tr>` into line breaks and decodes the
    /// five common entities. Good enough for a fallback, not an HTML parser.
    static func plainText(fromHTML s: String) -> String {
        var out = ""
        var tag = ""
        var inTag = false
        for ch in s {
            if inTag {
                if ch == ">" {
                    inTag = false
                    let name = tag.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
                    let closing = tag.hasPrefix("/")
                    if name == "br" || (closing && ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table"].contains(String(tag.dropFirst()).lowercased())) {
                        if !out.hasSuffix("\n") { out += "\n" }
                    } else if closing && ["td", "th"].contains(String(tag.dropFirst()).lowercased()) {
                        out += "  "
                    }
                    tag = ""
                } else {
                    tag.append(ch)
                }
            } else if ch == "<" {
                inTag = true
            } else {
                out.append(ch)
            }
        }
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        while out.hasSuffix("\n") { out.removeLast() }
        return out
    }
}
