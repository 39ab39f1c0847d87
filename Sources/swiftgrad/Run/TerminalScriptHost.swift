import Foundation
import MimeBundle
import SwiftgradLang

/// The `ScriptHost` of `swiftgrad run`: stream text to stdout/stderr, the text/plain form of every
/// display to stdout, `readLine` from the terminal, pages printed.
final class TerminalScriptHost: ScriptHost {
    func write(_ text: String, to stream: OutputStreamName) {
        let handle = stream == .stderr ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(text.data(using: .utf8) ?? Data())
    }

    func display(_ bundle: MimeBundle, id: String?, update: Bool) {
        printBundle(bundle)
    }

    /// Prints a bundle's text/plain form on its own line(s).
    func printBundle(_ bundle: MimeBundle) {
        let text = bundle.plainText
        write(text.hasSuffix("\n") ? text : text + "\n", to: .stdout)
    }

    func clearOutput(wait: Bool) {}   // a terminal keeps its scrollback

    func readLine(prompt: String) throws -> String? {
        write(prompt, to: .stdout)
        return Swift.readLine()
    }

    func page(_ bundle: MimeBundle) {
        printBundle(bundle)
    }

    /// The error report on stderr: traceback lines, then `Kind: message`.
    static func describe(_ error: ScriptError) -> String {
        (error.traceback + ["\(error.kind): \(error.message)"]).joined(separator: "\n") + "\n"
    }
}
