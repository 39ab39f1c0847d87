import MimeBundle

/// The language a kernel runs, seen from the protocol layer. It knows nothing of the language:
/// a backend turns code into outcomes and talks back through an `ExecutionContext`.
///
/// Threading: `execute`, `evaluate`, `complete`, `inspect` and `isComplete` are called one at a time
/// from the shell thread; `interrupt()` and `kernelInfo` may be called from the control thread (or a
/// signal handler's queue) while `execute` runs.
public protocol KernelBackend: AnyObject {
    /// Static facts for `kernel_info_reply`.
    var kernelInfo: KernelInfo { get }

    /// Runs a cell. `executionCount` is the number the cell will carry. Outputs go through `context`;
    /// the returned value is the cell's result (`execute_result`) or its error.
    func execute(code: String, silent: Bool, storeHistory: Bool, allowStdin: Bool,
                 executionCount: Int, context: ExecutionContext) -> ExecutionOutcome

    /// Evaluates one `user_expressions` entry after a successful cell.
    func evaluate(userExpression: String) -> Result<MimeBundle, KernelError>

    /// Completions at a cursor; positions count Unicode scalars.
    func complete(code: String, cursorPos: Int) -> CompletionResult

    /// Documentation for what is at the cursor (nil: nothing found). Positions count Unicode scalars.
    func inspect(code: String, cursorPos: Int, detailLevel: Int) -> MimeBundle?

    /// Whether `code` is ready to run.
    func isComplete(code: String) -> CodeCompleteness

    /// Asks the running cell to stop soon, keeping every variable. Called from another thread.
    func interrupt()

    /// An execute request was accepted (called on the shell thread before `status: busy`; `execute`
    /// follows on another thread): forget interrupts sent before it, so one sent after `busy` counts.
    func cellAccepted()

    /// A comm event from the front end; for `.open`, whether the backend serves that target (else
    /// the kernel closes the comm). Called on the shell thread. With a `context` (no cell is
    /// running) the backend may run script code and publish through it before returning; without
    /// one a cell is running: note the event at once and act at a safe point of that cell.
    func receiveComm(_ event: CommEvent, context: ExecutionContext?) -> Bool

    /// Called on the shell thread after a cell during which comm messages arrived, with that cell's
    /// context: work they queued too late for the cell's own safe points runs now.
    func finishCommWork(context: ExecutionContext)
}

extension KernelBackend {
    /// Backends without comms accept none.
    public func receiveComm(_ event: CommEvent, context: ExecutionContext?) -> Bool { false }
    public func finishCommWork(context: ExecutionContext) {}
    public func cellAccepted() {}
}

/// What a running cell can do to the front end. Implemented by the kernel server.
public protocol ExecutionContext: AnyObject {
    /// Appends text to stdout or stderr (coalesced into `stream` messages).
    func stream(_ text: String, to stream: StreamName)
    /// A `display_data` (or, with `update`, an `update_display_data` for `displayID`).
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool)
    /// `clear_output`; with `wait`, the front end clears when the next output arrives.
    func clearOutput(wait: Bool)
    /// Asks the front end for a line of input over the stdin channel (blocking).
    /// Throws `InputError` when the request does not allow stdin or the cell was interrupted.
    func input(prompt: String, password: Bool) throws -> String
    /// Adds a `page` payload (shown in the pager) to the execute reply.
    func page(_ bundle: MimeBundle)
    /// `comm_open` from the kernel side (registered, so `comm_info_request` lists it).
    func openComm(id: String, target: String, data: JSONValue, metadata: JSONValue)
    /// `comm_msg` on an open comm.
    func sendComm(id: String, data: JSONValue)
    /// `comm_close` from the kernel side.
    func closeComm(id: String, data: JSONValue)
}

public enum StreamName: String {
    case stdout, stderr
}

public enum InputError: Error, CustomStringConvertible {
    case notAllowed
    case interrupted
    case channelFailed(String)

    public var description: String {
        switch self {
        case .notAllowed: return "this front end does not support input (allow_stdin is false)"
        case .interrupted: return "input interrupted"
        case let .channelFailed(why): return "stdin channel failed: \(why)"
        }
    }
}

/// An error as Jupyter shows it: name, value, traceback lines.
public struct KernelError: Error, Equatable {
    public var ename: String
    public var evalue: String
    public var traceback: [String]

    public init(ename: String, evalue: String, traceback: [String] = []) {
        self.ename = ename
        self.evalue = evalue
        self.traceback = traceback
    }
}

extension KernelError {
    /// The error as Jupyter sends it (the `error` message, error replies): `status` first when given,
    /// then `ename`, `evalue`, `traceback` and `extra`.
    func json(status: String?, extra: [(String, JSONValue)] = []) -> JSONValue {
        let fields: [(String, JSONValue)] = [("ename", .string(ename)), ("evalue", .string(evalue)),
                                             ("traceback", .array(traceback.map { .string($0) }))]
        return .object((status.map { [("status", JSONValue.string($0))] } ?? []) + fields + extra)
    }
}

/// The end of a cell: its result (nil when the cell has no value) or its error.
public enum ExecutionOutcome: Equatable {
    case ok(MimeBundle?)
    case error(KernelError)
}

public struct CompletionResult: Equatable {
    public var matches: [String]
    public var cursorStart: Int
    public var cursorEnd: Int
    /// What each match is, parallel to `matches` ("function", "keyword", … or ""): JupyterLab picks an
    /// icon per match by it.
    public var types: [String]

    public init(matches: [String], cursorStart: Int, cursorEnd: Int, types: [String] = []) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
        self.types = types
    }

    /// The reply's metadata: `_jupyter_types_experimental`, which JupyterLab reads (as ipykernel sends it).
    var metadata: JSONValue {
        guard types.count == matches.count else { return [:] }
        return ["_jupyter_types_experimental": .array(zip(matches, types).map { match, type in
            ["start": .int(cursorStart), "end": .int(cursorEnd), "text": .string(match), "type": .string(type),
             "signature": ""]
        })]
    }
}

public enum CodeCompleteness: Equatable {
    case complete
    case incomplete(indent: String)
    case invalid
    case unknown
}
