import MemoryBudget
import MimeBundle

/// The language's facade: runs cells, keeps their state, and answers the kernel's questions
/// (completion, inspection, is-complete). All script work happens on one dedicated thread with a
/// large stack; every public method may be called from any thread.
public final class Interpreter {
    /// The execution state (value stack, globals, interrupt flag). Native bindings use it to call
    /// script closures (`runtime.call`).
    public let runtime: Runtime
    let thread = ScriptThread()

    public init() {
        runtime = Runtime()
        let rt = runtime
        thread.run { Runtime.current = rt; Library.install(rt) }
    }

    deinit { thread.stop() }

    /// Who receives output, displays, input requests and help pages when a call names no host of
    /// its own (held weakly: its owner keeps it alive).
    public var host: ScriptHost? {
        get { runtime.host }
        set { runtime.host = newValue }
    }

    /// Runs a cell. The result is the value of a final expression statement (nil for Void,
    /// assignments and declarations). Errors leave every earlier definition intact.
    /// `host`: where this cell's output goes (the kernel passes one per request; nil: `self.host`).
    /// `clearingInterrupt: false` when the caller already called `clearInterrupt()` at the moment
    /// the cell was accepted (the kernel does, before it says `busy`).
    public func execute(_ source: String, host: ScriptHost? = nil, cellName: String = "<cell>",
                        clearingInterrupt: Bool = true) -> Result<MimeBundle?, ScriptError> {
        let rt = runtime
        // Cleared here, on the caller's thread, not when the script thread picks the cell up: an
        // interrupt sent once the client saw the cell start (status busy) must not be lost while
        // the script thread is still waking up.
        if clearingInterrupt { rt.clearInterrupt() }
        return thread.run {
            let outer = rt.host
            if let host { rt.host = host }
            defer { rt.host = outer }
            let result = Interpreter.run(source, cellName: cellName, rt)
            // Jobs that arrived after the cell's last safe point still run with its host.
            try? rt.runSafePointJobs()
            return result
        }
    }

    /// Evaluates one expression (Jupyter `user_expressions`) to its display.
    public func evaluate(expression: String) -> Result<MimeBundle, ScriptError> {
        switch execute(expression, cellName: "<expression>") {
        case let .success(b): return .success(b ?? MimeBundle(plain: "()"))
        case let .failure(e): return .failure(e)
        }
    }

    /// Asks running code to stop (it throws an `Interrupted` script error at the next loop
    /// iteration or call). Safe from any thread.
    public func interrupt() { runtime.requestInterrupt() }

    /// Forgets an interrupt that came before the next cell. Safe from any thread.
    public func clearInterrupt() { runtime.clearInterrupt() }

    /// Native long loops (`train`) poll this to stop early.
    /// Also true when the process went over its memory budget (see `memoryLimitError`).
    public var interruptRequested: Bool { runtime.interruptPending.load(ordering: .relaxed) || MemoryBudget.isExceeded }

    /// After a native loop stopped on `interruptRequested`: the `MemoryLimit` error to throw if the
    /// memory budget (not an interrupt) stopped it.
    public func memoryLimitError() -> RuntimeError? {
        MemoryBudget.takeExceeded().map { RuntimeError(wrapping: $0) }
    }

    /// Runs `job` on the script thread at the next safe point of the running cell (a loop back-edge
    /// or a call, where interrupts are checked), or when the current cell ends, or with
    /// `runScheduledJobs()`. Safe from any thread. An `Interrupted` error thrown by the job stops the
    /// running cell; the job must handle every other error itself.
    public func schedule(_ job: @escaping () throws -> Void) { runtime.scheduleAtSafePoint(job) }

    /// Runs the scheduled jobs now (on the script thread) and waits for them; their output goes to
    /// `host` (nil: `self.host`).
    public func runScheduledJobs(host: ScriptHost? = nil) {
        let rt = runtime
        thread.run {
            let outer = rt.host
            if let host { rt.host = host }
            defer { rt.host = outer }
            try? rt.runSafePointJobs()
        }
    }

    public func complete(_ code: String, cursor: Int) -> Completion {
        let rt = runtime
        return thread.run { Completer(runtime: rt).complete(code, cursor: cursor) }
    }

    public func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle? {
        let rt = runtime
        return thread.run { Inspection(runtime: rt).inspect(code, cursor: cursor, detailLevel: detailLevel) }
    }

    public func isComplete(_ code: String) -> CompletenessStatus { checkCompleteness(code) }

    // MARK: Native binding API (see NativeBinding.swift)

    /// The random bits behind `shuffled()`, `shuffle()`, `randomElement()`, `Int.random(in:)`,
    /// `Double.random(in:)` and `Bool.random()` of this interpreter (default: a SplitMix64 stream of its
    /// own). Set it to a seeded generator so scripts are reproducible.
    public var randomBits: () -> UInt64 {
        get { let rt = runtime; return thread.run { rt.randomBits } }
        set { let rt = runtime; thread.run { rt.randomBits = newValue } }
    }

    /// Makes a Swift function callable from scripts as `name(label: x, ...)`.
    public func register(function name: String, labels: [String?]?, signature: String? = nil, doc: String = "",
                         _ body: @escaping (Arguments) throws -> Value) {
        let rt = runtime
        thread.run { rt.defineFunction(name, labels: labels, signature: signature, doc: doc, body) }
    }

    /// Makes a Swift function callable from scripts with the labels its signature shows
    /// (`quiz(_ root: Value, expected: [String: Double])` takes `quiz(r, expected: e)`; any labels, read
    /// through `Arguments`, when a parameter has a default value or is variadic).
    public func register(function name: String, signature: String, doc: String = "",
                         _ body: @escaping (Arguments) throws -> Value) {
        let rt = runtime
        thread.run { rt.defineFunction(name, signature: signature, doc: doc, body) }
    }

    /// Makes a native type available under its name (`Value(2.0)`, `Value.zero`, `x.relu()`).
    public func register(type: NativeType) {
        let rt = runtime
        thread.run { rt.defineNativeType(type) }
    }

    /// Defines (or replaces) a global value.
    public func define(_ name: String, _ value: Value) {
        let rt = runtime
        thread.run { rt.defineGlobal(name, value) }
    }

    /// Reads a global (nil if it is not defined).
    public func global(_ name: String) -> Value? {
        let rt = runtime
        return thread.run { rt.globals[name].flatMap { $0.isDefined ? $0.value : nil } }
    }

    // MARK: Running a cell

    static func run(_ source: String, cellName: String, _ rt: Runtime) -> Result<MimeBundle?, ScriptError> {
        Runtime.current = rt
        _ = MemoryBudget.takeExceeded()   // a stale mark from between cells; measured again as the cell runs
        let stmts: [Stmt]
        do {
            stmts = try Parser.parse(source: source, cellName: cellName, knownOperators: rt.declaredOperators,
                                     knownTypeAliases: rt.typeAliases)
            for s in stmts {
                if case let .operatorDecl(_, name, _) = s.kind { rt.declaredOperators.insert(name) }
                if case let .typeAlias(name, type) = s.kind { rt.typeAliases[name] = type }
            }
        } catch {
            return .failure(error)
        }
        let compiled: (run: Exec, frameSize: () -> Int, resultSlot: Int?)
        let compiler = Compiler(rt: rt, cellName: cellName, body: stmts)
        do {
            compiled = try compiler.compileCell(stmts)
        } catch let e as CompileError {
            return .failure(ScriptError(kind: e.kind.rawValue, message: e.message, traceback: ["  at \(cellName), line \(e.line)"]))
        } catch {
            return .failure(ScriptError(kind: ErrorKind.compileError.rawValue, message: "\(error)"))
        }
        let startSP = rt.sp
        let size = compiled.frameSize()
        do {
            let frame = try rt.reserve(size)
            defer { rt.release(frame, size) }
            _ = try compiled.run(frame)
            guard let slot = compiled.resultSlot else { return .success(nil) }
            let v = frame[slot]
            if case .void = v { return .success(nil) }
            return .success(try v.mimeBundle())
        } catch {
            rt.sp = startSP
            rt.depth = 0
            rt.flowLabel = nil
            var e = RuntimeError(wrapping: error)
            if error is OptionalChainNil { e = RuntimeError(.unwrapNil, "unexpectedly found nil in an optional chain") }
            e.addFrame(function: "<top level>", cell: cellName)
            return .failure(ScriptError(kind: e.kind.rawValue, message: e.message, traceback: RuntimeError.collapsingRepeats(e.frames.reversed())))
        }
    }
}

extension Runtime {
    /// Registers a native type: its name becomes a global whose call runs the native constructor.
    func defineNativeType(_ native: NativeType) {
        let t = TypeValue(name: native.name, kind: .native)
        t.userDoc = native.doc
        if let ctor = native.constructor {
            t.constructor = NativeFunction(name: native.name, labels: nil, signature: native.constructorSignature ?? "\(native.name)(...)",
                                           doc: native.doc, ctor)
        }
        t.staticMembers = native.staticMembers
        t.memberNames = Set(native.methods.keys).union(native.properties.keys)
        defineType(t)
    }
}
