import MimeBundle

/// The static view of an interactive control (a slider, a checkbox, a dropdown, a button): what
/// front ends without a widget manager show — nbconvert HTML, jupyter console, `swiftgrad run`.
public struct ControlSnapshot: MimeRepresentable {
    public enum Kind {
        case slider(value: Double, min: Double, max: Double, step: Double, integer: Bool)
        case checkbox(Bool)
        case dropdown(options: [String], selected: Int?)
        case button
    }

    public var label: String
    public var kind: Kind

    public init(label: String, kind: Kind) {
        self.label = label
        self.kind = kind
    }

    /// One line: `w: 2.00 (slider -3 … 3)`, `[x] relu`, `act: tanh (one of tanh, relu)`, `[ Stop ]`.
    public var text: String {
        switch kind {
        case let .slider(_, min, max, _, _):
            return "\(label): \(shownValue) (slider \(NumberFormat.short(min)) … \(NumberFormat.short(max)))"
        case let .checkbox(on):
            return "[\(on ? "x" : " ")] \(label)"
        case let .dropdown(options, selected):
            let value = selected.flatMap { options.indices.contains($0) ? options[$0] : nil } ?? "–"
            return "\(label): \(value) (one of \(options.joined(separator: ", ")))"
        case .button:
            return "[ \(label) ]"
        }
    }

    /// Disabled HTML controls showing the same state.
    public var html: String {
        let name = "<span style=\"margin-right:0.5em\">\(Escape.html(label))</span>"
        let body: String
        switch kind {
        case let .slider(value, min, max, step, _):
            body = name + "<input type=\"range\" disabled min=\"\(min)\" max=\"\(max)\" step=\"\(step)\" value=\"\(value)\">"
                + " <code>\(shownValue)</code>"
        case let .checkbox(on):
            body = "<label><input type=\"checkbox\" disabled\(on ? " checked" : "")> \(Escape.html(label))</label>"
        case let .dropdown(options, selected):
            let items = options.enumerated().map { i, o in
                "<option\(i == selected ? " selected" : "")>\(Escape.html(o))</option>"
            }.joined()
            body = name + "<select disabled>\(items)</select>"
        case .button:
            body = "<button disabled>\(Escape.html(label))</button>"
        }
        return "<div class=\"swiftgrad-control\" style=\"\(HTMLTheme.colors)\">\(body)</div>"
    }

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("text/plain", .string(text)), ("text/html", .string(html))])
    }

    /// A slider's value with as many decimals as its step has.
    private var shownValue: String {
        guard case let .slider(value, _, _, step, integer) = kind else { return "" }
        return integer ? String(Int(value)) : NumberFormat.fixed(value, decimals: decimals(step), trimZeros: false)
    }

    private func decimals(_ step: Double) -> Int {
        var d = 0
        var s = step
        while d < 6 && abs(s - s.rounded()) > 1e-9 { s *= 10; d += 1 }
        return Swift.max(d, 1)
    }
}
