import MimeBundle

/// Which output stream a script wrote to.
public enum OutputStreamName { case stdout, stderr }

/// What a running script needs from whoever runs it (the kernel or `swiftgrad run`).
public protocol ScriptHost: AnyObject {
    func write(_ text: String, to stream: OutputStreamName)
    /// `display_data` (or `update_display_data` when `update`).
    func display(_ bundle: MimeBundle, id: String?, update: Bool)
    func clearOutput(wait: Bool)
    /// Throws when stdin is not allowed (the script sees an error).
    func readLine(prompt: String) throws -> String?
    /// `help(x)`: the pager payload.
    func page(_ bundle: MimeBundle)
    /// Channels to the front end, if the host has a front end that can answer (the kernel).
    var comms: FrontendComms? { get }
}

extension ScriptHost {
    public var comms: FrontendComms? { nil }
}

/// Completion matches for the text before a cursor. Offsets are in unicode scalars.
public struct Completion: Equatable {
    public var matches: [String]
    public var cursorStart: Int
    public var cursorEnd: Int
    /// What each match is, parallel to `matches`: "keyword", "function", "class", "instance", "method"
    /// or "property" (the names JupyterLab picks completion icons by).
    public var types: [String]
    public init(matches: [String], cursorStart: Int, cursorEnd: Int, types: [String]? = nil) {
        self.matches = matches; self.cursorStart = cursorStart; self.cursorEnd = cursorEnd
        self.types = types ?? matches.map { _ in "" }
    }
}
