import Foundation

/// The heartbeat channel: a ROUTER socket on its own thread that echoes every message back,
/// so clients see the kernel alive even while a cell runs.
final class Heartbeat {
    private let socket: Socket
    private let stopping = SharedFlag()
    private var thread: ChannelThread?

    init(socket: Socket) {
        self.socket = socket
    }

    func start() {
        let socket = self.socket, stopping = self.stopping
        let thread = ChannelThread(name: "swiftgrad-heartbeat") {
            let poller = Poller([socket])
            while !stopping.isSet {
                do {
                    guard try !poller.readable(timeoutMs: 100).isEmpty else { continue }
                    if let frames = try socket.receive(nonBlocking: true) { try socket.send(frames) }
                } catch {
                    Log.warning("heartbeat: \(error)")
                    if (error as? ZMQError)?.isTerminated == true { return }
                }
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        stopping.set()
        thread?.join(timeout: 1)
    }
}
