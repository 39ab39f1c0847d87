import CZMQ

/// A failed libzmq call: the operation and `zmq_strerror` of `zmq_errno()`.
public struct ZMQError: Error, CustomStringConvertible {
    public let operation: String
    public let code: Int32

    /// Captures the current `zmq_errno()` for `operation`.
    init(_ operation: String) {
        self.operation = operation
        self.code = zmq_errno()
    }

    public var description: String {
        "\(operation): \(String(cString: zmq_strerror(code)))"
    }

    /// The call was interrupted by a signal (EINTR); callers retry.
    var isInterrupted: Bool { code == EINTR }
    /// The context is shutting down (ETERM); loops stop.
    var isTerminated: Bool { code == ETERM }
}
