import Foundation
import MimeBundle

/// The stdin channel: asks the front end that sent an execute request for a line of input.
/// The `input_request` goes to the routing identity of that shell request.
final class StdinChannel {
    private let socket: Socket
    private let codec: MessageCodec
    private let session: String
    private let lock = NSLock()

    init(socket: Socket, codec: MessageCodec, session: String) {
        self.socket = socket
        self.codec = codec
        self.session = session
    }

    /// Sends `input_request` and waits for the matching `input_reply`, giving up when `cancelled`
    /// becomes true (an interrupt) or the kernel stops.
    func requestInput(prompt: String, password: Bool, for request: Message,
                      cancelled: () -> Bool) throws -> String {
        try lock.withLock {
            // Replies to earlier, abandoned requests must not answer this one.
            while let stale = try? socket.receive(nonBlocking: true) { _ = stale }
            let ask = Message(identities: request.identities,
                              header: Header(session: session, msgType: "input_request"),
                              parentHeader: request.header.json,
                              content: ["prompt": .string(prompt), "password": .bool(password)])
            do { try socket.send(codec.encode(ask)) } catch { throw InputError.channelFailed("\(error)") }
            let poller = Poller([socket])
            while true {
                if cancelled() { throw InputError.interrupted }
                let ready: [Int]
                do { ready = try poller.readable(timeoutMs: 50) } catch { throw InputError.channelFailed("\(error)") }
                guard !ready.isEmpty else { continue }
                guard let frames = try? socket.receive(nonBlocking: true) else { continue }
                let reply: Message
                do { reply = try codec.decode(frames) } catch {
                    Log.warning("stdin: dropped \(error)")
                    continue
                }
                guard reply.msgType == "input_reply" else {
                    Log.warning("stdin: ignoring \(reply.msgType)")
                    continue
                }
                return reply.content.string("value")
            }
        }
    }
}
