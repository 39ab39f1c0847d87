import Foundation
import JupyterKernel
import MemoryBudget
import MimeBundle
import SwiftgradLang

/// The `KernelBackend` of Swiftgrad: a `SwiftgradLang.Interpreter` (with the engine's builtins).
/// Each request's code runs with a `KernelScriptHost` of its own that forwards to that request's
/// `ExecutionContext`.
final class LanguageBackend: KernelBackend {
    private let comms = KernelComms()
    /// The host between requests (user expressions, start-up): drops output, as the kernel's own
    /// standard output is the Jupyter server's log.
    private let idleHost: KernelScriptHost
    private let warmUp: BuiltInBackground<Interpreter>
    private var interpreter: Interpreter { warmUp.value }

    init() {
        let idleHost = KernelScriptHost(context: nil, comms: comms)
        self.idleHost = idleHost
        warmUp = BuiltInBackground {
            defer { Log.debug("interpreter ready") }
            return InterpreterFactory.make(host: idleHost)
        }
    }

    /// A host for one request's output.
    private func host(for context: ExecutionContext) -> KernelScriptHost {
        KernelScriptHost(context: context, comms: comms)
    }

    let kernelInfo = KernelInfo(
        implementation: "swiftgrad",
        implementationVersion: SwiftgradVersion.string,
        languageInfo: .init(name: "swiftgrad", version: SwiftgradVersion.string, mimetype: "text/x-swiftgrad",
                            fileExtension: ".swiftgrad", codemirrorMode: "swift", pygmentsLexer: "swift"),
        banner: """
        Swiftgrad \(SwiftgradVersion.string): a Swift-like language with reverse-mode autodiff.
        Try: let a = Value(2.0); let b = a * a + 3; b.backward(); a.grad
        Limits: \(MemoryBudget.summary) (--max-memory or \(MemoryBudget.environmentVariable) sets it); \
        history keeps the outputs of the last \(History.outputCacheSize) cells.
        """,
        helpLinks: [(text: "Swiftgrad README", url: "https://github.com/swiftgrad/swiftgrad#readme"),
                    (text: "Limits: \(MemoryBudget.summary) (--max-memory / \(MemoryBudget.environmentVariable))",
                     url: "https://github.com/swiftgrad/swiftgrad/blob/main/docs/reliability.md"),
                    (text: "Jupyter messaging", url: "https://jupyter-client.readthedocs.io/en/latest/messaging.html")])

    func execute(code: String, silent: Bool, storeHistory: Bool, allowStdin: Bool,
                 executionCount: Int, context: ExecutionContext) -> ExecutionOutcome {
        let host = host(for: context)
        let outcome = comms.routing(through: context) {
            interpreter.execute(code, host: host, cellName: "<cell \(executionCount)>", clearingInterrupt: false)
        }
        switch outcome {
        case let .success(result): return .ok(result.map { host.capped($0) })
        case let .failure(error): return .error(KernelError(error))
        }
    }

    func evaluate(userExpression: String) -> Result<MimeBundle, KernelError> {
        interpreter.evaluate(expression: userExpression).mapError { KernelError($0) }
    }

    func complete(code: String, cursorPos: Int) -> CompletionResult {
        let completion = interpreter.complete(code, cursor: cursorPos)
        return CompletionResult(matches: completion.matches, cursorStart: completion.cursorStart,
                                cursorEnd: completion.cursorEnd, types: completion.types)
    }

    func inspect(code: String, cursorPos: Int, detailLevel: Int) -> MimeBundle? {
        guard var bundle = interpreter.inspect(code, cursor: cursorPos, detailLevel: detailLevel) else { return nil }
        if bundle["text/markdown"] == nil, case let .string(text)? = bundle["text/plain"] {
            bundle["text/markdown"] = .string(InspectionMarkdown.from(plain: text))
        }
        return bundle
    }

    func isComplete(code: String) -> CodeCompleteness {
        switch interpreter.isComplete(code) {
        case .complete: return .complete
        case let .incomplete(indent): return .incomplete(indent: indent)
        case .invalid: return .invalid
        }
    }

    func interrupt() {
        interpreter.interrupt()
    }

    func cellAccepted() {
        interpreter.clearInterrupt()
    }

    /// Front-end comm events go to the widget that opened the comm. When idle (`context` given) the
    /// callbacks they queue run now, their outputs parented on the comm message; while a cell runs
    /// they run at that cell's next safe point.
    func receiveComm(_ event: CommEvent, context: ExecutionContext?) -> Bool {
        guard let context else { return comms.deliver(event) }
        return comms.routing(through: context) {
            let known = comms.deliver(event)
            interpreter.runScheduledJobs(host: host(for: context))
            return known
        }
    }

    func finishCommWork(context: ExecutionContext) {
        comms.routing(through: context) { interpreter.runScheduledJobs(host: host(for: context)) }
    }
}

extension KernelError {
    /// A script error as Jupyter shows it: the kind and message in red, then the traceback lines
    /// (front ends print only the traceback) — the order of `swiftgrad run` and docs/language.md.
    init(_ error: ScriptError) {
        self.init(ename: error.kind, evalue: error.message,
                  traceback: ["\u{1b}[0;31m\(error.kind)\u{1b}[0m: \(error.message)"] + error.traceback)
    }
}
