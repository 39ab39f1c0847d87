/// Decides whether `code` is ready to run (for Jupyter's `is_complete_request`):
/// - parses → `.complete` (also for empty code);
/// - the cell ends too early (open bracket, brace, string, multi-line string, comment, a dangling
///   operator) → `.incomplete(indent:)`, 4 spaces per `{` still open;
/// - a syntax error that more input cannot fix → `.invalid`.
public func checkCompleteness(_ code: String) -> CompletenessStatus {
    completenessThread.run { completenessOnThisThread(code) }
}

/// The parser recurses up to `Parser.maxNesting` levels of several KiB each in a debug build: more
/// than a 512 KiB secondary thread holds. Callers (the kernel's shell thread) may be such threads,
/// so the check runs on a thread with a large stack.
private let completenessThread = ScriptThread()

func completenessOnThisThread(_ code: String) -> CompletenessStatus {
    do {
        _ = try Parser.parseReportingDiagnostic(code)
        return .complete
    } catch {
        guard error.isAtEnd else { return .invalid }
        return .incomplete(indent: String(repeating: " ", count: 4 * openBraceDepth(code)))
    }
}

/// How many `{` are open at the end of `code` (counting only tokens outside strings and comments).
func openBraceDepth(_ code: String) -> Int {
    let (tokens, _) = Lexer.tokenizePartially(code)
    var depth = 0
    for token in tokens where token.kind == .punctuation {
        if token.text == "{" { depth += 1 } else if token.text == "}" { depth = max(0, depth - 1) }
    }
    return depth
}
