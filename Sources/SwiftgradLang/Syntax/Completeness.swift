/// Decides whether `code` is ready to run (for Jupyter's `is_complete_request`):
/// open brackets/braces/strings → `.incomplete(indent:)` with 4 spaces per open brace level,
/// a syntax error that more input cannot fix → `.invalid`, otherwise `.complete`.
public func checkCompleteness(_ code: String) -> CompletenessStatus {
    // Implementation in progress on branch langfront.
    return .complete
}
