import Foundation
import MimeBundle
import SwiftgradLang

/// The `ScriptHost` of `swiftgrad run`: stream text to stdout/stderr, the text/plain form of every
/// display to stdout, a display with an id (train's progress) as one live line on stderr, `readLine`
/// from the terminal, pages printed. Stream output can be capped (`--max-output`).
final class TerminalScriptHost: ScriptHost {
    private var live: LiveDisplayLine
    private var limit: StreamLimit

    init(maxOutput: Int?) {
        live = LiveDisplayLine(columns: TerminalScriptHost.stderrColumns())
        limit = StreamLimit(maxCharacters: maxOutput,
                            hint: "use --max-output N or \(StreamLimit.environmentVariable)=N to change the limit")
    }

    func write(_ text: String, to stream: OutputStreamName) {
        finishLiveDisplay()
        let (shown, note) = limit.admit(text)
        emit(shown, to: stream)
        if let note { emit(note, to: .stderr) }
    }

    func display(_ bundle: MimeBundle, id: String?, update: Bool) {
        guard let id else {
            printBundle(bundle)
            return
        }
        let (finished, line) = live.show(bundle, id: id)
        if let finished { emitFinished(finished) }
        emit(line, to: .stderr)
    }

    /// Prints a bundle's text/plain form on its own line(s).
    func printBundle(_ bundle: MimeBundle) {
        finishLiveDisplay()
        let text = bundle.plainText
        emit(text.hasSuffix("\n") ? text : text + "\n", to: .stdout)
    }

    func clearOutput(wait: Bool) {}   // a terminal keeps its scrollback

    func readLine(prompt: String) throws -> String? {
        finishLiveDisplay()
        emit(prompt, to: .stdout)
        return Swift.readLine()
    }

    func page(_ bundle: MimeBundle) {
        printBundle(bundle)
    }

    /// Ends a live display line (called before other output and when the script ends).
    func finishLiveDisplay() {
        if let finished = live.finish() { emitFinished(finished) }
    }

    private func emitFinished(_ finished: (stderr: String, stdout: String)) {
        emit(finished.stderr, to: .stderr)
        emit(finished.stdout, to: .stdout)
    }

    private func emit(_ text: String, to stream: OutputStreamName) {
        guard !text.isEmpty else { return }
        let handle = stream == .stderr ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(text.data(using: .utf8) ?? Data())
    }

    /// The error report on stderr: `Kind: message`, then the traceback lines (outermost frame first),
    /// the order of the notebook and of docs/language.md.
    static func describe(_ error: ScriptError) -> String {
        error.description + "\n"
    }

    /// stderr's width in columns when it is a terminal, nil otherwise.
    static func stderrColumns() -> Int? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
