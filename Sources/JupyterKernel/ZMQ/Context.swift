import CZMQ

/// A libzmq context. Sockets keep a strong reference to it, so it is terminated only after the
/// last socket is closed.
public final class Context: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    public init() throws {
        guard let handle = zmq_ctx_new() else { throw ZMQError("zmq_ctx_new") }
        self.handle = handle
    }

    /// Makes blocking calls on this context's sockets return ETERM (used at shutdown).
    public func shutdown() {
        zmq_ctx_shutdown(handle)
    }

    deinit {
        zmq_ctx_term(handle)
    }

    /// Whether libzmq was built with a capability, e.g. "curve" or "ipc".
    public static func has(_ capability: String) -> Bool {
        zmq_has(capability) != 0
    }
}
