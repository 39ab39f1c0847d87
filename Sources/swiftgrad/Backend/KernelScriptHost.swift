import Foundation
import JupyterKernel
import MimeBundle
import SwiftgradLang

/// The interpreter's `ScriptHost` for one request inside the kernel: forwards everything to that
/// request's context. The backend makes one per cell (and per comm message it serves), so a host
/// holds nothing from one request to the next; without a context (between requests) output is
/// dropped. Stream output is capped per cell (`SWIFTGRAD_MAX_OUTPUT` characters, default 100,000)
/// so a runaway `print` loop cannot flood the notebook.
final class KernelScriptHost: ScriptHost {
    private let context: ExecutionContext?
    /// Widgets' comms (they outlive the cell: see `KernelComms`).
    let comms: FrontendComms?
    private var limit = StreamLimit(maxCharacters: KernelScriptHost.maxOutput, hint: KernelScriptHost.hint)

    private static let maxOutput = StreamLimit.configured(fallback: StreamLimit.kernelDefault)
    private static let hint = "set \(StreamLimit.environmentVariable) in the kernel's environment to change the limit"

    init(context: ExecutionContext?, comms: FrontendComms?) {
        self.context = context
        self.comms = comms
    }

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
        DisplayLimit.cap(bundle, maxCharacters: limit.maxCharacters, hint: KernelScriptHost.hint)
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
