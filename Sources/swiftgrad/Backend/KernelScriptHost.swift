import Foundation
import JupyterKernel
import MimeBundle
import SwiftgradLang

/// The interpreter's `ScriptHost` inside the kernel: forwards everything to the context of the
/// execute request that is running (outputs outside a request are dropped). Stream output of a cell
/// is capped (`SWIFTGRAD_MAX_OUTPUT` characters, default 100,000) so a runaway `print` loop cannot
/// flood the notebook.
final class KernelScriptHost: ScriptHost {
    var context: ExecutionContext? {
        get { lock.withLock { current } }
        set {
            lock.withLock { current = newValue }
            if newValue != nil { limit.reset() }
        }
    }
    private let lock = NSLock()
    private var current: ExecutionContext?
    /// Widgets' comms; they go through the context of the request being handled.
    private(set) lazy var kernelComms = KernelComms { [weak self] in self?.context }
    var comms: FrontendComms? { kernelComms }
    private var limit = StreamLimit(maxCharacters: StreamLimit.configured(fallback: StreamLimit.kernelDefault),
                                    hint: "set \(StreamLimit.environmentVariable) in the kernel's environment to change the limit")

    func write(_ text: String, to stream: OutputStreamName) {
        guard let context else { return }
        let (shown, note) = limit.admit(text)
        if !shown.isEmpty { context.stream(shown, to: stream == .stderr ? .stderr : .stdout) }
        if let note { context.stream(note, to: .stderr) }
    }

    func display(_ bundle: MimeBundle, id: String?, update: Bool) {
        context?.display(capped(bundle), displayID: id, update: update)
    }

    /// A rich output within the per-output caps (`DisplayLimit`), also used for the cell's result.
    func capped(_ bundle: MimeBundle) -> MimeBundle {
        DisplayLimit.cap(bundle, maxCharacters: limit.maxCharacters,
                         hint: "set \(StreamLimit.environmentVariable) in the kernel's environment to change the limit")
    }

    func clearOutput(wait: Bool) {
        context?.clearOutput(wait: wait)
    }

    /// Throws `InputError.notAllowed` when the request has allow_stdin false (a script error, not a hang).
    func readLine(prompt: String) throws -> String? {
        guard let context else { throw InputError.notAllowed }
        do {
            return try context.input(prompt: prompt, password: false)
        } catch InputError.interrupted {
            throw RuntimeError.interrupted
        }
    }

    func page(_ bundle: MimeBundle) {
        context?.page(bundle)
    }
}
