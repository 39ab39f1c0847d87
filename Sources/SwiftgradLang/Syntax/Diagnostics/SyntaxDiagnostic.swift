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
        if var text = SourceLines.line(line, of: source) {
            var column = location.column
            // A line of megabytes (a generated 100,000-deep expression) is shown around the caret only.
            if text.count > SourceLines.maxShown {
                let from = max(0, column - 1 - SourceLines.maxShown / 2)
                let window = text.dropFirst(from).prefix(SourceLines.maxShown)
                let cutEnd = from + window.count < text.count
                text = (from > 0 ? "…" : "") + window + (cutEnd ? "…" : "")
                column = column - from + (from > 0 ? 1 : 0)
            }
            let gutter = String(line)
            let blank = String(repeating: " ", count: gutter.count)
            traceback.append("\(gutter) | \(text)")
            // Pad with the line's own tabs so the caret lines up under tab-indented code.
            var pad = ""
            for (i, ch) in text.enumerated() where i < column - 1 {
                pad.append(ch == "\t" ? "\t" : " ")
            }
            let missing = max(0, column - 1 - text.count)
            pad += String(repeating: " ", count: missing)
            traceback.append("\(blank) | \(pad)^")
        }
        return ScriptError(kind: ErrorKind.syntaxError.rawValue,
                           message: "\(message) (line \(line), column \(location.column))",
                           traceback: traceback)
    }
}

/// The lines of a cell, split the way the lexer counts them (`\n`, `\r\n`, lone `\r`).
enum SourceLines {
    /// The longest line an error shows whole (in characters); longer ones are cut around the caret.
    static let maxShown = 200

    /// The 1-based line `n`, if it exists. Scans scalars (not Characters) up to that line only.
    static func line(_ n: Int, of source: String) -> String? {
        guard n >= 1 else { return nil }
        let scalars = source.unicodeScalars
        var current = 1
        var i = scalars.startIndex
        while current < n {
            guard let br = scalars[i...].firstIndex(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
            i = scalars.index(after: br)
            if scalars[br] == "\r", i < scalars.endIndex, scalars[i] == "\n" { i = scalars.index(after: i) }
            current += 1
        }
        let end = scalars[i...].firstIndex(where: { $0 == "\n" || $0 == "\r" }) ?? scalars.endIndex
        return String(scalars[i..<end])
    }
}
