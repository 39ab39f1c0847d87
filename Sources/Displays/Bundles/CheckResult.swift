import MimeBundle

/// The outcome of a lesson's check: `✓ message` in green or `✗ message` in red.
public struct CheckResult: MimeRepresentable {
    public var passed: Bool
    public var message: String

    public init(passed: Bool, message: String) {
        self.passed = passed
        self.message = message
    }

    public var plainText: String { (passed ? "✓ " : "✗ ") + message }

    public var html: String {
        let color = passed ? HTMLTheme.success : HTMLTheme.failure
        let tint = passed ? HTMLTheme.outputTint : HTMLTheme.problemTint
        return "<div style=\"\(HTMLTheme.colors)font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:4px 0\">"
            + "<div style=\"background:\(tint);border-left:5px solid \(color);padding:6px 12px\">"
            + "<b style=\"color:\(color)\">\(passed ? "✓" : "✗")</b> \(Escape.html(message))</div></div>"
    }

    /// For nbconvert's LaTeX/PDF export, whose default fonts have no ✓ or ✗ (they vanished from PDFs):
    /// the marks as math symbols, the message escaped.
    public var latex: String {
        (passed ? "$\\checkmark$ " : "$\\times$ ") + CheckResult.latexEscaped(message)
    }

    static func latexEscaped(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "#", "$", "%", "&", "_", "{", "}": out += "\\" + String(ch)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "✓": out += "$\\checkmark$"
            case "✗": out += "$\\times$"
            case "≈": out += "$\\approx$"
            case "→": out += "$\\rightarrow$"
            default: out.append(ch)
            }
        }
        return out
    }

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html)), ("text/latex", .string(latex))])
    }
}
