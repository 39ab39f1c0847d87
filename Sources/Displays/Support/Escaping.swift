import Foundation

/// Escaping for the text formats the displays write. Kept in one place so every writer agrees.
enum Escape {
    /// Inside a DOT double-quoted string: backslash and quote are escaped, newlines become `\n`.
    static func dotString(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Inside one field of a DOT `record` label: the record syntax characters `{ } | < >` and space
    /// handling are escaped as well, so a label like `a|b` cannot split a record.
    /// A space right after a non-ASCII character becomes a no-break space: Graphviz's record parser
    /// (2.43) drops or moves such a space, drawing `‖·‖ 0.2047` as `‖·‖0.2047`.
    static func dotRecordField(_ s: String) -> String {
        var out = ""
        var previous: Unicode.Scalar = " "
        for ch in s.unicodeScalars {
            switch ch {
            case "{", "}", "|", "<", ">": out += "\\"; out.unicodeScalars.append(ch)
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r": out += " "
            case " " where !previous.isASCII: out += "\u{00A0}"
            default: out.unicodeScalars.append(ch)
            }
            previous = ch
        }
        return out
    }

    /// Text content and attribute values in HTML and SVG.
    static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Inside a Markdown table cell: pipes are escaped and line breaks flattened.
    static func markdownCell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
