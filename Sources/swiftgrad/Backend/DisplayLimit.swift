import MimeBundle

/// Caps one rich output (a cell's `execute_result`, a `display_data`) as `StreamLimit` caps stream
/// text: `text/plain` longer than the cell's character cap is cut with a note, and any other entry
/// (SVG, HTML, JSON) larger than `maxRichCharacters` is dropped, leaving the text. A 10-million-element
/// array's 90 MB description no longer goes to the notebook whole.
enum DisplayLimit {
    /// Characters a non-text entry (a graph's SVG, a plot's JSON) may have.
    static let maxRichCharacters = 20_000_000

    /// `bundle` within the limits; `maxCharacters` is the text cap (nil: text is not cut).
    static func cap(_ bundle: MimeBundle, maxCharacters: Int?, hint: String) -> MimeBundle {
        var capped = bundle
        var dropped: [String] = []
        capped.data = bundle.data.compactMap { entry in
            let (mime, value) = entry
            if mime == "text/plain", let max = maxCharacters, case let .string(text) = value, text.count > max {
                return (mime, .string(String(text.prefix(max))
                    + "\n[output truncated: this result has \(text.count) characters, more than \(max); \(hint)]"))
            }
            if mime != "text/plain", size(value) > maxRichCharacters {
                dropped.append(mime)
                return nil
            }
            return entry
        }
        if !dropped.isEmpty {
            let note = "[\(dropped.joined(separator: ", ")) dropped: larger than \(maxRichCharacters) characters]"
            if let i = capped.data.firstIndex(where: { $0.0 == "text/plain" }), case let .string(text) = capped.data[i].1 {
                capped.data[i].1 = .string(text + "\n" + note)
            } else {
                capped.data.append(("text/plain", .string(note)))
            }
        }
        return capped
    }

    /// Characters of a JSON value's strings (what dominates a display's size), stopping past the cap.
    static func size(_ value: JSONValue) -> Int {
        switch value {
        case let .string(s): return s.utf8.count
        case let .array(items):
            var total = 0
            for item in items { total += size(item); if total > maxRichCharacters { break } }
            return total
        case let .object(fields):
            var total = 0
            for (k, v) in fields { total += k.utf8.count + size(v); if total > maxRichCharacters { break } }
            return total
        default: return 8
        }
    }
}
