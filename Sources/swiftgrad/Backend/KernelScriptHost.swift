import JupyterKernel
import MimeBundle
import SwiftgradLang

/// The interpreter's `ScriptHost` inside the kernel: forwards everything to the context of the
/// execute request that is running (outputs outside a request are dropped).
final class KernelScriptHost: ScriptHost {
    var context: ExecutionContext?

    func write(_ text: String, to stream: OutputStreamName) {
        context?.stream(text, to: stream == .stderr ? .stderr : .stdout)
    }

    func display(_ bundle: MimeBundle, id: String?, update: Bool) {
        context?.display(bundle, displayID: id, update: update)
    }

    func clearOutput(wait: Bool) {
        context?.clearOutput(wait: wait)
    }

    /// Throws `InputError.notAllowed` when the request has allow_stdin false (a script error, not a hang).
    func readLine(prompt: String) throws -> String? {
        guard let context else { throw InputError.notAllowed }
        return try context.input(prompt: prompt, password: false)
    }

    func page(_ bundle: MimeBundle) {
        context?.page(bundle)
    }
}
