import CZMQ

/// Waits until one of several sockets has a message to read.
public struct Poller {
    private let sockets: [Socket]

    public init(_ sockets: [Socket]) {
        self.sockets = sockets
    }

    /// Indices of the sockets that are readable, waiting at most `timeoutMs` (-1 = forever).
    /// Returns an empty list on timeout or when a signal interrupted the wait.
    public func readable(timeoutMs: Int) throws -> [Int] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let rc = zmq_poll(&items, Int32(items.count), timeoutMs)
        if rc < 0 {
            let error = ZMQError("zmq_poll")
            if error.isInterrupted { return [] }
            throw error
        }
        return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
