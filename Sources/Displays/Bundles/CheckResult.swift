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
        let (color, background) = passed ? ("#1a7f37", "#e8f6ec") : ("#b42318", "#fdecea")
        return "<div style=\"font-family:Helvetica,Arial,sans-serif;font-size:16px;color:\(color);background:\(background);"
            + "border-left:5px solid \(color);padding:6px 12px;margin:4px 0\"><b>\(passed ? "✓" : "✗")</b> \(Escape.html(message))</div>"
    }

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html))])
    }
}
