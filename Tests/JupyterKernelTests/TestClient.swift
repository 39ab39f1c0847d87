import Foundation
import MimeBundle
@testable import JupyterKernel

/// A minimal Jupyter client over this package's own sockets, for in-process server tests.
final class TestClient {
    let context: Context
    let shell: Socket
    let control: Socket
    let stdin: Socket
    let iopub: Socket
    let codec: MessageCodec
    let session = Header.newID()

    init(connection: ConnectionFile) throws {
        context = try Context()
        codec = MessageCodec(key: connection.key)
        shell = try Socket(context, .dealer)
        control = try Socket(context, .dealer)
        stdin = try Socket(context, .dealer)
        iopub = try Socket(context, .sub)
        for s in [shell, control, stdin, iopub] { s.setLinger(0) }
        let identity = Array(session.utf8)
        shell.setOption(5 /* ZMQ_IDENTITY */, bytes: identity)
        stdin.setOption(5 /* ZMQ_IDENTITY */, bytes: identity)
        iopub.subscribe("")
        try shell.connect(connection.endpoint(connection.shellPort))
        try control.connect(connection.endpoint(connection.controlPort))
        try stdin.connect(connection.endpoint(connection.stdinPort))
        try iopub.connect(connection.endpoint(connection.iopubPort))
    }

    /// Sends a request; returns its header.
    @discardableResult
    func send(_ type: String, _ content: JSONValue = .object([]), on socket: Socket? = nil) throws -> Header {
        let header = Header(session: session, msgType: type)
        try (socket ?? shell).send(codec.encode(Message(header: header, content: content)))
        return header
    }

    /// The next message on a socket, or nil after `timeout` seconds.
    func next(on socket: Socket, timeout: Double = 5) throws -> Message? {
        guard try !Poller([socket]).readable(timeoutMs: Int(timeout * 1000)).isEmpty,
              let frames = try socket.receive(nonBlocking: true) else { return nil }
        return try codec.decode(frames)
    }

    /// iopub messages parented on `parent` up to and including its `idle` status.
    func iopubUntilIdle(of parent: Header, timeout: Double = 5) throws -> [Message] {
        var messages: [Message] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let message = try next(on: iopub, timeout: deadline.timeIntervalSinceNow) else { break }
            guard message.parentHeader["msg_id"] == .string(parent.msgID) else { continue }
            messages.append(message)
            if message.msgType == "status", message.content.string("execution_state") == "idle" { break }
        }
        return messages
    }

    /// Waits until the iopub subscription is live (the kernel's welcome arrived); nil if it never does.
    func waitForWelcome() throws -> Message? {
        while let message = try next(on: iopub, timeout: 5) {
            if message.msgType == "iopub_welcome" { return message }
        }
        return nil
    }
}
