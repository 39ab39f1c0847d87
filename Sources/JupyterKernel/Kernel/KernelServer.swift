import Foundation
import MimeBundle

/// A Jupyter kernel: binds the five channels of a connection file and serves a `KernelBackend`.
///
/// Threads: shell requests are handled one at a time on the thread that calls `run()`; control
/// requests (interrupt, shutdown, kernel_info, …) on their own thread so they are answered while a
/// cell runs; heartbeat and iopub each have their own thread too.
public final class KernelServer: @unchecked Sendable {
    /// The connection as bound: ports given as 0 replaced by the ports zmq chose.
    public let connection: ConnectionFile
    let backend: KernelBackend
    let codec: MessageCodec
    /// This run's session id (a restart is a new process, hence a new session).
    let session = Header.newID()

    private let context: Context
    let shell: Socket
    let control: Socket
    private let heartbeat: Heartbeat
    let iopub: IOPub
    let stdin: StdinChannel

    let stopping = SharedFlag()
    /// Set by an interrupt, cleared when the next cell starts; cancels a pending input request.
    let interrupted = SharedFlag()
    private(set) var restartRequested = false

    /// The comms open now (either side opened them).
    let comms = CommRegistry()
    /// Wakes the shell thread when a cell ends (see `runServingComms`).
    let cellDoneSignal: WakeSignal

    // Shell-thread state.
    var executionCount = 0
    var history = History()
    /// Shell requests that arrived while a cell ran, handled after it in arrival order.
    var deferredShell: [Message] = []

    /// Binds every channel (with CurveZMQ when the connection file has keys), then makes the backend.
    /// Binding first matters for start-up time: a client that connects before the ports are bound
    /// waits for zmq's reconnect interval (100 ms).
    public init(connection: ConnectionFile, makeBackend: () throws -> KernelBackend) throws {
        self.codec = MessageCodec(key: connection.key, scheme: connection.signatureScheme)
        let context = try Context()
        self.context = context
        func bound(_ kind: SocketKind, _ port: Int) throws -> Socket {
            // A nested function, so it uses no `self` before every property is set.
            let socket = try Socket(context, kind)
            if let pub = connection.curvePublicKey, let sec = connection.curveSecretKey {
                try socket.makeCurveServer(publicKey: pub, secretKey: sec)
            }
            if kind == .router { socket.setOption(56 /* ZMQ_ROUTER_HANDOVER */, 1) }
            try socket.bind(connection.endpoint(port))
            return socket
        }
        // Port 0 binds a random free port; `connection` then records the ports actually bound.
        var actual = connection
        func boundPort(_ kind: SocketKind, _ port: inout Int) throws -> Socket {
            let socket = try bound(kind, port)
            if port == 0, let p = ConnectionFile.port(ofEndpoint: socket.lastEndpoint) { port = p }
            return socket
        }
        shell = try boundPort(.router, &actual.shellPort)
        control = try boundPort(.router, &actual.controlPort)
        let stdinSocket = try boundPort(.router, &actual.stdinPort)
        let iopubSocket = try boundPort(.xpub, &actual.iopubPort)
        let hbSocket = try boundPort(.router, &actual.hbPort)
        self.connection = actual
        heartbeat = Heartbeat(socket: hbSocket)
        iopub = try IOPub(context: context, xpub: iopubSocket, codec: codec, session: session)
        stdin = StdinChannel(socket: stdinSocket, codec: codec, session: session)
        cellDoneSignal = try WakeSignal(context: context)
        Log.debug("channels bound")
        backend = try makeBackend()
        Log.debug("backend ready")
    }

    /// Serves until a `shutdown_request`. Returns whether the client asked for a restart
    /// (the client relaunches the process itself; the kernel just exits cleanly).
    @discardableResult
    public func run() -> Bool {
        heartbeat.start()
        iopub.start()
        // No `status: starting` broadcast: a subscriber's first message must be its iopub_welcome.
        let controlThread = ChannelThread(name: "swiftgrad-control") { [self] in
            serve(control, handler: handleControl)
        }
        controlThread.start()
        serve(shell, handler: handleShell)
        controlThread.join(timeout: 2)
        heartbeat.stop()
        iopub.stop()
        return restartRequested
    }

    /// Stops the running cell (if any) soon, keeping every variable. Safe from any thread.
    public func interrupt() {
        interrupted.set()
        backend.interrupt()
    }

    /// Stops serving as a `shutdown_request` would (without a restart), from any thread.
    public func shutdown() {
        requestStop(restart: false)
    }

    func requestStop(restart: Bool) {
        restartRequested = restart
        stopping.set()
        interrupt()
    }

    /// Receives, checks and dispatches messages from one socket until the kernel stops.
    private func serve(_ socket: Socket, handler: (Message) -> Void) {
        let poller = Poller([socket])
        while !stopping.isSet {
            if socket === shell, !deferredShell.isEmpty {
                handler(deferredShell.removeFirst())
                continue
            }
            do {
                guard try !poller.readable(timeoutMs: 100).isEmpty else { continue }
                guard let frames = try socket.receive(nonBlocking: true) else { continue }
                guard let message = decodeOrLog(frames, answeringOn: socket) else { continue }
                handler(message)
            } catch {
                Log.warning("channel: \(error)")
                if (error as? ZMQError)?.isTerminated == true { return }
            }
        }
    }

    /// The message, or nil when it must be dropped. A signed request with a valid header whose other
    /// parts are not objects is answered on `socket` with an error reply (wrapped in busy/idle).
    func decodeOrLog(_ frames: [[UInt8]], answeringOn socket: Socket? = nil) -> Message? {
        do {
            let message = try codec.decode(frames)
            Log.debug("received \(message.msgType)")
            return message
        } catch let MessageCodec.Rejection.partNotAnObject(part, request) {
            Log.warning("answered a message whose \(part) is not a JSON object")
            if let socket, request.msgType.hasSuffix("_request") {
                whileBusy(request) {
                    reply(request, on: socket, KernelServer.errorContent("InvalidMessage", "\(part) is not a JSON object"))
                }
            }
            return nil
        } catch {
            Log.warning("dropped a message: \(error)")
            return nil
        }
    }

    // MARK: replies and status

    /// Sends a reply to `request` on `socket` (shell or control), addressed to its identities.
    func reply(_ request: Message, on socket: Socket, _ content: JSONValue, metadata: JSONValue = .object([])) {
        let type = request.msgType.hasSuffix("_request")
            ? String(request.msgType.dropLast("_request".count)) + "_reply"
            : request.msgType + "_reply"
        let message = Message(identities: request.identities, header: Header(session: session, msgType: type),
                              parentHeader: request.header.json, metadata: metadata, content: content)
        do { try socket.send(codec.encode(message)) } catch { Log.warning("reply \(type): \(error)") }
    }

    /// Runs `body` between iopub `status: busy` and `status: idle`, both parented on `request`.
    func whileBusy(_ request: Message, _ body: () -> Void) {
        publishStatus("busy", parent: request)
        body()
        publishStatus("idle", parent: request)
    }

    func publishStatus(_ state: String, parent: Message) {
        iopub.publish("status", .object([("execution_state", .string(state))]), parent: parent.header)
    }

    /// The reply to a request of a type this kernel does not know, or that failed.
    static func errorContent(_ ename: String, _ evalue: String) -> JSONValue {
        .object([("status", .string("error")), ("ename", .string(ename)), ("evalue", .string(evalue)),
                 ("traceback", .array([]))])
    }

    /// Answers a message nobody handles: logged, and an error reply when it was a request.
    func answerUnknown(_ request: Message, on socket: Socket) {
        Log.warning("unknown message type \(request.msgType)")
        if request.msgType.hasSuffix("_request") {
            reply(request, on: socket, KernelServer.errorContent("UnknownMessageType",
                                                                 "unsupported message type \(request.msgType)"))
        }
    }
}
