import MimeBundle

/// Message channels between native objects and the front end (Jupyter calls them comms). The
/// kernel's host provides them; `swiftgrad run` has none, and objects then work locally. The
/// language itself never uses them: native bindings (widgets) do.
public protocol FrontendComms: AnyObject {
    /// Opens a channel to the front end's `target` and returns its id. `receive` gets what the
    /// front end sends on it; it is called on another thread (also while a cell runs), so it must be
    /// quick and thread-safe, and hand script work to `Interpreter.schedule`.
    func open(target: String, data: JSONValue, metadata: JSONValue, receive: @escaping (JSONValue) -> Void) -> String
    /// Sends `data` on an open channel.
    func send(_ id: String, data: JSONValue)
    /// Closes a channel.
    func close(_ id: String)
}
