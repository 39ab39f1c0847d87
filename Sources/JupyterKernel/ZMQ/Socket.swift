import CZMQ
import Foundation

/// A libzmq socket, closed when released. Not thread-safe: use it from one thread at a time
/// (with a lock providing the memory barrier when it moves between threads).
public final class Socket: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    private let context: Context   // keeps the context alive while the socket exists

    public init(_ context: Context, _ kind: SocketKind) throws {
        guard let handle = zmq_socket(context.handle, kind.rawValue) else { throw ZMQError("zmq_socket") }
        self.handle = handle
        self.context = context
        setOption(ZMQ_LINGER, 1000)
    }

    deinit {
        zmq_close(handle)
    }

    public func bind(_ endpoint: String) throws {
        guard zmq_bind(handle, endpoint) == 0 else { throw ZMQError("bind \(endpoint)") }
    }

    public func connect(_ endpoint: String) throws {
        guard zmq_connect(handle, endpoint) == 0 else { throw ZMQError("connect \(endpoint)") }
    }

    /// The endpoint actually bound (resolves `tcp://127.0.0.1:*`).
    public var lastEndpoint: String {
        var buffer = [CChar](repeating: 0, count: 512)
        var size = buffer.count
        zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size)
        return String(cString: buffer)
    }

    // MARK: options

    @discardableResult
    public func setOption(_ option: Int32, _ value: Int32) -> Bool {
        var v = value
        return zmq_setsockopt(handle, option, &v, MemoryLayout<Int32>.size) == 0
    }

    @discardableResult
    public func setOption(_ option: Int32, bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) == 0 }
    }

    /// Linger on close, in milliseconds.
    public func setLinger(_ ms: Int32) { setOption(ZMQ_LINGER, ms) }

    /// Every subscription message reaches the XPUB application, not only the first per topic.
    public func setXPubVerbose() { setOption(ZMQ_XPUB_VERBOSE, 1) }

    /// Subscribes a SUB socket to a topic prefix ("" = everything).
    public func subscribe(_ topic: String) { setOption(ZMQ_SUBSCRIBE, bytes: Array(topic.utf8)) }

    /// Makes this socket a CurveZMQ server with the given Z85 key pair (40 characters each).
    public func makeCurveServer(publicKey: String, secretKey: String) throws {
        guard setOption(ZMQ_CURVE_SERVER, 1),
              setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(secretKey.utf8)),
              setOption(ZMQ_CURVE_PUBLICKEY, bytes: Array(publicKey.utf8))
        else { throw ZMQError("curve server keys") }
    }

    /// Makes this socket a CurveZMQ client of the server with `serverKey`.
    public func makeCurveClient(publicKey: String, secretKey: String, serverKey: String) throws {
        guard setOption(ZMQ_CURVE_SERVERKEY, bytes: Array(serverKey.utf8)),
              setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(secretKey.utf8)),
              setOption(ZMQ_CURVE_PUBLICKEY, bytes: Array(publicKey.utf8))
        else { throw ZMQError("curve client keys") }
    }

    // MARK: send / receive

    /// Sends all frames as one multipart message.
    public func send(_ frames: [[UInt8]]) throws {
        for (i, frame) in frames.enumerated() {
            let flags: Int32 = i < frames.count - 1 ? ZMQ_SNDMORE : 0
            while true {
                let rc = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
                if rc >= 0 { break }
                let error = ZMQError("zmq_send")
                if !error.isInterrupted { throw error }
            }
        }
    }

    /// Receives one whole multipart message (blocking). `nonBlocking` returns nil when nothing waits.
    public func receive(nonBlocking: Bool = false) throws -> [[UInt8]]? {
        var frames: [[UInt8]] = []
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            let flags: Int32 = (nonBlocking && frames.isEmpty) ? ZMQ_DONTWAIT : 0
            if zmq_msg_recv(&message, handle, flags) < 0 {
                let error = ZMQError("zmq_msg_recv")
                if error.code == EAGAIN && frames.isEmpty { return nil }
                if error.isInterrupted { continue }
                throw error
            }
            let size = zmq_msg_size(&message)
            if size > 0, let data = zmq_msg_data(&message) {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                frames.append([])
            }
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }
}
