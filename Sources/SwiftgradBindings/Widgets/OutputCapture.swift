import SwiftgradLang
import MimeBundle

/// A `ScriptHost` that keeps what a closure prints and displays (for `interact` and
/// `Output.capture`), passing comms and input through to the real host.
final class OutputCapture: ScriptHost {
    private weak var outer: ScriptHost?
    private(set) var parts: [MimeBundle] = []
    private var text = ""

    init(outer: ScriptHost?) { self.outer = outer }

    func write(_ text: String, to stream: OutputStreamName) { self.text += text }

    func display(_ bundle: MimeBundle, id: String?, update: Bool) {
        flushText()
        parts.append(bundle)
    }

    func clearOutput(wait: Bool) {
        text = ""
        parts.removeAll()
    }

    func readLine(prompt: String) throws -> String? { try outer?.readLine(prompt: prompt) }
    func page(_ bundle: MimeBundle) { outer?.page(bundle) }
    var comms: FrontendComms? { outer?.comms }

    private func flushText() {
        guard !text.isEmpty else { return }
        parts.append(MimeBundle(plain: text.hasSuffix("\n") ? String(text.dropLast()) : text))
        text = ""
    }

    /// Runs `body` with this host as the runtime's host; returns what it showed, its non-void
    /// result last (as a cell's value would be).
    static func run(in runtime: Runtime, _ body: () throws -> ScriptValue) throws -> [MimeBundle] {
        let capture = OutputCapture(outer: runtime.host)
        let outer = runtime.host
        runtime.host = capture
        defer { runtime.host = outer }
        let result = try body()
        if case .void = result {} else if !result.isNil { capture.display(try result.mimeBundle(), id: nil, update: false) }
        capture.flushText()
        return capture.parts
    }
}
