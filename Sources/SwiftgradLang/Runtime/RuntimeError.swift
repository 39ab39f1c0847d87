import MemoryBudget
/// A runtime error while it propagates: kind and message, plus the script frames it passed through
/// (collected on the way out, innermost first). Converted to a `ScriptError` at the cell boundary.
public struct RuntimeError: Error {
    public var kind: ErrorKind
    public var message: String
    /// Line where the error arose in the innermost frame not yet recorded.
    var pendingLine: Int?
    /// The frames recorded so far, innermost first. Shared by the copies of one propagating error
    /// (each level of a deep recursion re-throws a copy): appending then costs O(1) per level, where
    /// copying the list at every level made unwinding 10,000 calls quadratic (seconds). Errors made
    /// once and thrown often (`interrupted`) have none until their first frame.
    var trace: FrameTrace?
    var frames: [String] { trace?.lines ?? [] }
    /// The value a script's `throw` threw (what `catch` patterns match and `error` is).
    var thrown: Value?

    public init(_ kind: ErrorKind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// Any error as a runtime error (errors from native code keep their kind if they are script errors).
    init(wrapping error: Error) {
        if let e = error as? RuntimeError { self = e; return }
        if let e = error as? ScriptError { self.init(ErrorKind(rawValue: e.kind) ?? .error, e.message); return }
        if let e = error as? MemoryLimitError { self.init(.memoryLimit, e.description); return }
        self.init(.error, "\(error)")
    }

    static func typeMismatch(_ message: String) -> RuntimeError { RuntimeError(.typeMismatch, message) }
    /// Assigning to a `let` constant.
    static func letConstant(_ name: String) -> RuntimeError {
        RuntimeError(.immutableAssignment, "cannot assign to value: '\(name)' is a 'let' constant")
    }
    static func undefined(_ name: String) -> RuntimeError {
        RuntimeError(.undefinedName, "cannot find '\(name)' in scope")
    }
    static func overflow(_ op: String, _ a: Int, _ b: Int) -> RuntimeError {
        RuntimeError(.overflow, "arithmetic overflow: \(a) \(op) \(b) does not fit in Int")
    }
    static let divisionByZero = RuntimeError(.divisionByZero, "division by zero")
    public static let interrupted = RuntimeError(.interrupted, "execution was interrupted")

    /// Traceback lines with runs of one repeated frame (deep recursion) shortened to the frame once
    /// and a count.
    static func collapsingRepeats(_ lines: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < lines.count {
            var j = i + 1
            while j < lines.count && lines[j] == lines[i] { j += 1 }
            out.append(lines[i])
            let repeats = j - i - 1
            if repeats == 1 { out.append(lines[i]) }
            if repeats > 1 { out.append("  ... the frame above repeated \(repeats) more times") }
            i = j
        }
        return out
    }

    /// Records the frame `function` (defined in `cell`) at the pending line.
    mutating func addFrame(function: String, cell: String) {
        let line = pendingLine.map { ", line \($0)" } ?? ""
        if trace == nil { trace = FrameTrace() }
        trace!.lines.append("  at \(function) (\(cell)\(line))")
        pendingLine = nil
    }
}

/// The traceback lines of one propagating error (see `RuntimeError.trace`).
final class FrameTrace {
    var lines: [String] = []
}
