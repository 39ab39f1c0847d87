import Foundation
import MimeBundle
@testable import JupyterKernel

/// A test-only backend: a few fixed "programs" exercise each part of the execution context.
/// `loop` runs until interrupted; `fail` fails; `ask` reads a line; `show`, `clear`, `page` and
/// `say X` produce the matching outputs; anything else is echoed back as the result.
final class FakeBackend: KernelBackend {
    private let interrupted = SharedFlag()
    let started = DispatchSemaphore(value: 0)

    let kernelInfo = KernelInfo(
        implementation: "fake", implementationVersion: "0",
        languageInfo: .init(name: "fake", version: "0", mimetype: "text/x-fake", fileExtension: ".fake",
                            codemirrorMode: "fake", pygmentsLexer: "fake"),
        banner: "fake backend")

    func execute(code: String, silent: Bool, storeHistory: Bool, allowStdin: Bool,
                 executionCount: Int, context: ExecutionContext) -> ExecutionOutcome {
        interrupted.clear()
        started.signal()
        switch code {
        case "loop":
            while !interrupted.isSet { usleep(1000) }
            return .error(KernelError(ename: "Interrupted", evalue: "stopped"))
        case "fail":
            return .error(KernelError(ename: "Boom", evalue: "it failed", traceback: ["line 1"]))
        case "slowfail":
            usleep(300_000)
            return .error(KernelError(ename: "Boom", evalue: "it failed"))
        case "ask":
            do { return .ok(MimeBundle(plain: try context.input(prompt: "? ", password: false))) } catch {
                return .error(KernelError(ename: "InputError", evalue: "\(error)"))
            }
        case "show":
            context.display(MimeBundle(data: [("text/html", .string("<b>x</b>")), ("text/plain", .string("x"))]),
                            displayID: "d", update: false)
            return .ok(nil)
        case "clear":
            context.clearOutput(wait: true)
            return .ok(nil)
        case "page":
            context.page(MimeBundle(plain: "the docs"))
            return .ok(nil)
        default:
            if code.hasPrefix("say ") {
                context.stream(String(code.dropFirst(4)) + "\n", to: .stdout)
                return .ok(nil)
            }
            return .ok(MimeBundle(plain: code))
        }
    }

    func evaluate(userExpression: String) -> Result<MimeBundle, KernelError> {
        userExpression == "fail" ? .failure(KernelError(ename: "Boom", evalue: "no")) : .success(MimeBundle(plain: userExpression))
    }

    func complete(code: String, cursorPos: Int) -> CompletionResult {
        CompletionResult(matches: ["fake"], cursorStart: 0, cursorEnd: cursorPos)
    }

    func inspect(code: String, cursorPos: Int, detailLevel: Int) -> MimeBundle? {
        code.isEmpty ? nil : MimeBundle(plain: "about \(code)")
    }

    func isComplete(code: String) -> CodeCompleteness {
        code.hasSuffix("{") ? .incomplete(indent: "  ") : .complete
    }

    func interrupt() {
        interrupted.set()
    }
}
