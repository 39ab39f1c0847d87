import MimeBundle
import SwiftgradLang

/// A `ScriptHost` that records everything a script sends, in order (what a kernel would publish).
final class CapturingHost: ScriptHost {
    enum Event: Equatable {
        case stream(String, stderr: Bool)
        case display(MimeBundle, id: String?, update: Bool)
        case clear(wait: Bool)
    }

    private(set) var events: [Event] = []

    func write(_ text: String, to stream: OutputStreamName) { events.append(.stream(text, stderr: stream == .stderr)) }
    func display(_ bundle: MimeBundle, id: String?, update: Bool) { events.append(.display(bundle, id: id, update: update)) }
    func clearOutput(wait: Bool) { events.append(.clear(wait: wait)) }
    func readLine(prompt: String) throws -> String? { nil }
    func page(_ bundle: MimeBundle) { events.append(.display(bundle, id: "page", update: false)) }

    func reset() { events.removeAll() }

    /// Everything written to stdout, concatenated.
    var stdout: String {
        events.map { if case let .stream(t, false) = $0 { return t } else { return "" } }.joined()
    }

    /// The displays sent, with their ids and whether each was an update.
    var displays: [(bundle: MimeBundle, id: String?, update: Bool)] {
        events.compactMap { if case let .display(b, id, u) = $0 { return (b, id, u) } else { return nil } }
    }

    /// Everything written to stderr, concatenated.
    var stderr: String {
        events.map { if case let .stream(t, true) = $0 { return t } else { return "" } }.joined()
    }

    /// What `swiftgrad run` prints on stdout: stream text, each display's text/plain on its own line,
    /// and of a display updated in place (same id, one after another) only its last state.
    var text: String {
        var out = ""
        for (i, event) in events.enumerated() {
            switch event {
            case let .stream(t, false): out += t
            case let .display(b, id, _):
                if let id, i + 1 < events.count, case let .display(_, next, _) = events[i + 1], next == id { continue }
                out += b.plainText.hasSuffix("\n") ? b.plainText : b.plainText + "\n"
            case .stream, .clear: break
            }
        }
        return out
    }
}
