/// One script error, ready to show to a learner: what went wrong (`kind`), why (`message`), and where
/// (`traceback`: for syntax errors the `file:line:col` header, the source line and a caret line; for
/// runtime errors one line per script frame, innermost last).
///
/// Shared by the whole language: the parser throws it for syntax errors, the runtime converts its
/// errors to it at the cell boundary, and the kernel shows it as an `error` reply.
public struct ScriptError: Error, Equatable, CustomStringConvertible {
    /// "SyntaxError", "IndexOutOfRange", "DivisionByZero", "Overflow", "UndefinedName",
    /// "TypeMismatch", "StackOverflow", "Interrupted", ...
    public var kind: String
    /// One-line human explanation, e.g. "expected ')' to close '(' opened at 1:9".
    public var message: String
    /// Human lines shown under the message.
    public var traceback: [String]

    public init(kind: String, message: String, traceback: [String] = []) {
        self.kind = kind
        self.message = message
        self.traceback = traceback
    }

    /// `Kind: message` followed by the traceback lines.
    public var description: String {
        ([kind + ": " + message] + traceback).joined(separator: "\n")
    }
}
