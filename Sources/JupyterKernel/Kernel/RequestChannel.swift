import Foundation

/// A channel clients send requests on (shell or control): its socket, which only the thread that
/// serves the channel touches (zmq sockets are not thread-safe). A reply made on another thread — a
/// control request that the shell thread served in order with the cells — waits in an outbox, and
/// the serving thread is woken to send it.
final class RequestChannel: @unchecked Sendable {
    let name: String
    let socket: Socket
    /// Wakes the serving thread's poller: a reply is waiting in the outbox, a cell ended, or a
    /// request was handed over from the other channel.
    let wake: WakeSignal
    private let lock = NSLock()
    private var outbox: [[[UInt8]]] = []
    private var servingThread: ObjectIdentifier?

    init(name: String, socket: Socket, context: Context) throws {
        self.name = name
        self.socket = socket
        wake = try WakeSignal(context: context, name: name)
    }

    /// Called by the thread that serves this channel before it starts reading.
    func claimForCurrentThread() {
        lock.withLock { servingThread = ObjectIdentifier(Thread.current) }
    }

    /// Sends now on the serving thread; from any other thread, hands the frames to it.
    func send(_ frames: [[UInt8]]) throws {
        let here = lock.withLock { servingThread == ObjectIdentifier(Thread.current) }
        if here { return try socket.send(frames) }
        lock.withLock { outbox.append(frames) }
        wake.signal()
    }

    /// On the serving thread: sends what other threads left in the outbox.
    func flushOutbox() {
        let waiting: [[[UInt8]]] = lock.withLock {
            defer { outbox.removeAll() }
            return outbox
        }
        for frames in waiting {
            do { try socket.send(frames) } catch { Log.warning("\(name) reply: \(error)") }
        }
    }
}

/// Wakes a channel thread's poller from another thread: an in-process PUSH/PULL pair.
final class WakeSignal: @unchecked Sendable {
    let receiver: Socket
    private let sender: Socket
    private let lock = NSLock()

    init(context: Context, name: String) throws {
        let endpoint = "inproc://swiftgrad-\(name)-wake-\(Header.newID())"
        receiver = try Socket(context, .pull)
        try receiver.bind(endpoint)
        sender = try Socket(context, .push)
        try sender.connect(endpoint)
    }

    func signal() {
        lock.withLock { _ = try? sender.send([[1]]) }
    }

    func drain() {
        while (try? receiver.receive(nonBlocking: true)) ?? nil != nil {}
    }
}

/// Requests handed from one thread to another, in arrival order.
final class RequestQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Message] = []

    func append(_ request: Message) { lock.withLock { items.append(request) } }
    func takeAll() -> [Message] {
        lock.withLock {
            defer { items.removeAll() }
            return items
        }
    }
}
