/// What kind of error a script met: the name tracebacks, `print(error)` and Jupyter's `ename` show
/// (the raw value; these strings are what users and their notebooks see, so they never change).
public enum ErrorKind: String, CustomStringConvertible, Sendable {
    case syntaxError = "SyntaxError"
    case compileError = "CompileError"
    case undefinedName = "UndefinedName"
    case typeMismatch = "TypeMismatch"
    case immutableAssignment = "ImmutableAssignment"
    case invalidArgument = "InvalidArgument"
    case valueError = "ValueError"
    case shapeMismatch = "ShapeMismatch"
    case indexOutOfRange = "IndexOutOfRange"
    case invalidRange = "InvalidRange"
    case unwrapNil = "UnwrapNil"
    case overflow = "Overflow"
    case divisionByZero = "DivisionByZero"
    case formatError = "FormatError"
    case assertionFailed = "AssertionFailed"
    case fatalError = "FatalError"
    case guardFellThrough = "GuardFellThrough"
    case stackOverflow = "StackOverflow"
    case memoryLimit = "MemoryLimit"
    case interrupted = "Interrupted"
    case stdinNotAllowed = "StdinNotAllowed"
    case ioError = "IOError"
    /// A script's own `throw`, and errors of native code that are not script errors.
    case error = "Error"

    public var description: String { rawValue }
}
