/// A syntax problem found by the lexer or parser, before it becomes a `ScriptError`.
public struct SyntaxDiagnostic: Error, Equatable {
    /// What is wrong, e.g. "expected ')' to close '(' at 1:9".
    public var message: String
    /// Where the caret goes.
    public var location: SourceLocation
    /// The problem is that the cell ended too early (an open bracket, string, block or a dangling
    /// operator): more input could fix it. `checkCompleteness` answers `.incomplete` for these.
    public var isAtEnd: Bool

    public init(_ message: String, at location: SourceLocation, isAtEnd: Bool = false) {
        self.message = message
        self.location = location
        self.isAtEnd = isAtEnd
    }

    /// The `SyntaxError` shown to the learner:
    /// message `"expected expression (line 1, column 13)"` and traceback
    /// `["<cell>:1:13: error: expected expression", "1 | let x = (1 +", "  |             ^"]`.
    public func scriptError(source: String, cellName: String) -> ScriptError {
        let line = location.line
        var traceback = ["\(cellName):\(line):\(location.column): error: \(message)"]
        let lines = SourceLines(source)
        if let text = lines.line(line) {
            let gutter = String(line)
            let blank = String(repeating: " ", count: gutter.count)
            traceback.append("\(gutter) | \(text)")
            // Pad with the line's own tabs so the caret lines up under tab-indented code.
            var pad = ""
            for (i, ch) in text.enumerated() where i < location.column - 1 {
                pad.append(ch == "\t" ? "\t" : " ")
            }
            let missing = max(0, location.column - 1 - text.count)
            pad += String(repeating: " ", count: missing)
            traceback.append("\(blank) | \(pad)^")
        }
        return ScriptError(kind: "SyntaxError",
                           message: "\(message) (line \(line), column \(location.column))",
                           traceback: traceback)
    }
}

/// The lines of a cell, split the way the lexer counts them (`\n`, `\r\n`, lone `\r`).
struct SourceLines {
    private let lines: [Substring]

    init(_ source: String) {
        // Character-level split: "\r\n" is one Character in Swift, so it splits once.
        lines = source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// The 1-based line `n`, if it exists.
    func line(_ n: Int) -> String? {
        guard n >= 1, n <= lines.count else { return nil }
        return String(lines[n - 1])
    }
}
