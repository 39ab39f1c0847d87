/// Whether a cell's code is ready to run (Jupyter `is_complete_request`).
public enum CompletenessStatus: Equatable, Sendable {
    /// The code parses: run it.
    case complete
    /// Something is still open (a bracket, brace, string or block): wait for more input, indenting the
    /// next line by `indent` (4 spaces per open brace level).
    case incomplete(indent: String)
    /// A syntax error that more input cannot fix.
    case invalid
}
