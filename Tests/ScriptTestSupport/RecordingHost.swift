import Foundation
import MimeBundle
import SwiftgradLang

/// A `ScriptHost` that records everything a script sends, in order (what a kernel would publish), and
/// answers `readLine()` from `input`. Thread-safe: native code may write from another thread.
public final class RecordingHost: ScriptHost, @unchecked Sendable {
    public enum Event: Equatable {
        case stream(String, stderr: Bool)
        case display(MimeBundle, id: String?, update: Bool)
        case clear(wait: Bool)
        case page(MimeBundle)
    }

    private let lock = NSLock()
    private var _events: [Event] = []
    private var _input: [String] = []

    public init() {}

    public var events: [Event] { lock.withLock { _events } }
    /// Lines `readLine()` returns, first to last (nil when exhausted).
    public var input: [String] {
        get { lock.withLock { _input } }
        set { lock.withLock { _input = newValue } }
    }

    public func write(_ text: String, to stream: OutputStreamName) { record(.stream(text, stderr: stream == .stderr)) }
    public func display(_ bundle: MimeBundle, id: String?, update: Bool) { record(.display(bundle, id: id, update: update)) }
    public func clearOutput(wait: Bool) { record(.clear(wait: wait)) }
    public func readLine(prompt: String) throws -> String? { lock.withLock { _input.isEmpty ? nil : _input.removeFirst() } }
    public func page(_ bundle: MimeBundle) { record(.page(bundle)) }

    private func record(_ event: Event) { lock.withLock { _events.append(event) } }

    /// Forgets what was sent so far (the input lines stay).
    public func reset() { lock.withLock { _events.removeAll() } }

    /// Everything written to stdout, concatenated.
    public var stdout: String {
        events.map { if case let .stream(t, false) = $0 { return t } else { return "" } }.joined()
    }

    /// Everything written to stderr, concatenated.
    public var stderr: String {
        events.map { if case let .stream(t, true) = $0 { return t } else { return "" } }.joined()
    }

    /// The displays sent, with their ids and whether each was an update.
    public var displays: [(bundle: MimeBundle, id: String?, update: Bool)] {
        events.compactMap { if case let .display(b, id, u) = $0 { return (b, id, u) } else { return nil } }
    }

    /// What was paged (inspection's help), in order.
    public var pages: [MimeBundle] { events.compactMap { if case let .page(b) = $0 { return b } else { return nil } } }

    /// What `swiftgrad run` prints on stdout: stream text, each display's (and page's) text/plain on its
    /// own line, and of a display updated in place (same id, one after another) only its last state.
    public var text: String {
        let events = self.events
        var out = ""
        for (i, event) in events.enumerated() {
            switch event {
            case let .stream(t, false): out += t
            case let .display(b, id, _):
                if let id, i + 1 < events.count, case let .display(_, next, _) = events[i + 1], next == id { continue }
                out += b.plainText.hasSuffix("\n") ? b.plainText : b.plainText + "\n"
            case let .page(b): out += b.plainText.hasSuffix("\n") ? b.plainText : b.plainText + "\n"
            case .stream, .clear: break
            }
        }
        return out
    }
}
