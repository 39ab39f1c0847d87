import Foundation
import MimeBundle

/// The iopub channel: an XPUB socket owned by its own thread. Other threads publish through an
/// in-process PUSH socket (under a lock), so messages keep their order and the XPUB socket is
/// only ever touched by one thread. Every subscription (XPUB_VERBOSE: also repeated ones for the
/// same topic) is answered with `iopub_welcome` (JEP 65).
final class IOPub {
    private let xpub: Socket
    private let pull: Socket
    private let push: Socket
    private let pushLock = NSLock()
    private let codec: MessageCodec
    private let session: String
    private let stopping = SharedFlag()
    private var thread: ChannelThread?

    init(context: Context, xpub: Socket, codec: MessageCodec, session: String) throws {
        self.xpub = xpub
        self.codec = codec
        self.session = session
        xpub.setXPubVerbose()
        let endpoint = "inproc://swiftgrad-iopub-\(Header.newID())"
        pull = try Socket(context, .pull)
        try pull.bind(endpoint)
        push = try Socket(context, .push)
        try push.connect(endpoint)
    }

    /// Publishes a message parented on `parent` (the request it belongs to; nil for none).
    func publish(_ msgType: String, _ content: JSONValue, parent: Header?, metadata: JSONValue = [:]) {
        let message = Message(identities: [Array("kernel.\(session).\(msgType)".utf8)],
                              header: Header(session: session, msgType: msgType),
                              parentHeader: parent?.json ?? [:], metadata: metadata, content: content)
        let frames = codec.encode(message)
        pushLock.withLock {
            do { try push.send(frames) } catch { Log.warning("iopub publish: \(error)") }
        }
    }

    func start() {
        let thread = ChannelThread(name: "swiftgrad-iopub") { [self] in loop() }
        self.thread = thread
        thread.start()
    }

    /// Forwards what is queued, then stops.
    func stop() {
        stopping.set()
        thread?.join(timeout: 2)
    }

    private func loop() {
        let poller = Poller([xpub, pull])
        while true {
            do {
                let ready = try poller.readable(timeoutMs: 50)
                // Welcome new subscribers before forwarding, so a welcome precedes what they receive.
                if ready.contains(0) { try handleSubscriptions() }
                if ready.contains(1) { try forwardQueued() }
                if ready.isEmpty && stopping.isSet {
                    try forwardQueued()
                    return
                }
            } catch {
                Log.warning("iopub: \(error)")
                if (error as? ZMQError)?.isTerminated == true { return }
            }
        }
    }

    private func forwardQueued() throws {
        while let frames = try pull.receive(nonBlocking: true) { try xpub.send(frames) }
    }

    private func handleSubscriptions() throws {
        while let frames = try xpub.receive(nonBlocking: true) {
            guard let first = frames.first, first.first == 1 else { continue }   // 0 = unsubscribe
            let topic = Array(first.dropFirst())
            let welcome = Message(identities: [topic.isEmpty ? Array("kernel.\(session).iopub_welcome".utf8) : topic],
                                  header: Header(session: session, msgType: "iopub_welcome"),
                                  content: ["subscription": .string(String(decoding: topic, as: UTF8.self))])
            try xpub.send(codec.encode(welcome))
        }
    }
}
