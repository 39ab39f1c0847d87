import Foundation
import MimeBundle

/// A Jupyter kernel: binds the five channels of a connection file and serves a `KernelBackend`.
///
/// Threads: shell requests are handled one at a time on the thread that calls `run()`; control
/// requests on their own thread, so interrupt, shutdown, kernel_info, … are answered while a cell
/// runs (control requests that need the interpreter are handed to the shell thread: see
/// `RequestHandlers.swift`); heartbeat and iopub each have their own thread too.
public final class KernelServer: @unchecked Sendable {
    /// The connection as bound: ports given as 0 replaced by the ports zmq chose.
    public let connection: ConnectionFile
    let backend: KernelBackend
    let codec: MessageCodec
    /// This run's session id (a restart is a new process, hence a new session).
    let session = Header.newID()

    private let context: Context
    let shell: RequestChannel
    let control: RequestChannel
    private let heartbeat: Heartbeat
    let iopub: IOPub
    let stdin: StdinChannel

    let stopping = SharedFlag()
    /// Set by an interrupt, cleared when the next cell starts; cancels a pending input request.
    let interrupted = SharedFlag()
    private(set) var restartRequested = false

    /// The comms open now (either side opened them).
    let comms = CommRegistry()
    /// Control requests the shell thread serves in order with the cells (execute, complete, …).
    let fromControl = RequestQueue()

    // Shell-thread state.
    var executionCount = 0
    var history = History()
    /// Requests that arrived while a cell ran, served after it in arrival order, with the channel
    /// each came on.
    var deferred: [(request: Message, channel: RequestChannel)] = []

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
        shell = try RequestChannel(name: "shell", socket: boundPort(.router, &actual.shellPort), context: context)
        control = try RequestChannel(name: "control", socket: boundPort(.router, &actual.controlPort), context: context)
        let stdinSocket = try boundPort(.router, &actual.stdinPort)
        let iopubSocket = try boundPort(.xpub, &actual.iopubPort)
        let hbSocket = try boundPort(.router, &actual.hbPort)
        self.connection = actual
        heartbeat = Heartbeat(socket: hbSocket)
        iopub = try IOPub(context: context, xpub: iopubSocket, codec: codec, session: session)
        stdin = StdinChannel(socket: stdinSocket, codec: codec, session: session)
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
        let controlThread = ChannelThread(name: "swiftgrad-control") { [self] in serveControl() }
        controlThread.start()
        serveShell()
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

    /// The control thread: serves control requests as they come, and sends the replies the shell
    /// thread made to control requests it served.
    private func serveControl() {
        control.claimForCurrentThread()
        let poller = Poller([control.socket, control.wake.receiver])
        while !stopping.isSet {
            do {
                let ready = try poller.readable(timeoutMs: 100)
                if ready.contains(1) { control.wake.drain() }
                control.flushOutbox()
                if ready.contains(0) { try receiveAll(on: control) { dispatchOnControl($0) } }
            } catch {
                Log.warning("control: \(error)")
                if (error as? ZMQError)?.isTerminated == true { return }
            }
        }
        control.flushOutbox()
    }

    /// The shell thread: serves shell requests and the control requests handed to it, one at a
    /// time (a cell runs on a worker thread meanwhile: `runServingComms`), in arrival order.
    private func serveShell() {
        shell.claimForCurrentThread()
        let poller = Poller([shell.socket, shell.wake.receiver])
        while !stopping.isSet {
            for request in fromControl.takeAll() { deferred.append((request, control)) }
            if !deferred.isEmpty {
                let next = deferred.removeFirst()
                serve(next.request, on: next.channel)
                continue
            }
            do {
                let ready = try poller.readable(timeoutMs: 100)
                if ready.contains(1) { shell.wake.drain() }
                if ready.contains(0) {
                    // One at a time: the next may be answered by a request this one queues behind it.
                    if let frames = try shell.socket.receive(nonBlocking: true),
                       let request = decodeOrLog(frames, answeringOn: shell) {
                        serve(request, on: shell)
                    }
                }
            } catch {
                Log.warning("shell: \(error)")
                if (error as? ZMQError)?.isTerminated == true { return }
            }
        }
    }

    /// Reads every message waiting on `channel` and hands each valid one to `body`.
    func receiveAll(on channel: RequestChannel, _ body: (Message) -> Void) throws {
        while let frames = try channel.socket.receive(nonBlocking: true) {
            if let request = decodeOrLog(frames, answeringOn: channel) { body(request) }
        }
    }

    /// The message, or nil when it must be dropped. A signed request with a valid header whose other
    /// parts are not objects is answered on `channel` with an error reply (wrapped in busy/idle).
    func decodeOrLog(_ frames: [[UInt8]], answeringOn channel: RequestChannel? = nil) -> Message? {
        do {
            let message = try codec.decode(frames)
            Log.debug("received \(message.msgType)")
            return message
        } catch let MessageCodec.Rejection.partNotAnObject(part, request) {
            Log.warning("answered a message whose \(part) is not a JSON object")
            if let channel, request.msgType.hasSuffix("_request") {
                whileBusy(request) {
                    reply(request, on: channel, KernelServer.errorContent("InvalidMessage", "\(part) is not a JSON object"))
                }
            }
            return nil
        } catch {
            Log.warning("dropped a message: \(error)")
            return nil
        }
    }

    // MARK: replies and status

    /// Sends a reply to `request` on `channel` (shell or control), addressed to its identities.
    func reply(_ request: Message, on channel: RequestChannel, _ content: JSONValue, metadata: JSONValue = [:]) {
        let type = request.msgType.hasSuffix("_request")
            ? String(request.msgType.dropLast("_request".count)) + "_reply"
            : request.msgType + "_reply"
        let message = Message(identities: request.identities, header: Header(session: session, msgType: type),
                              parentHeader: request.header.json, metadata: metadata, content: content)
        do { try channel.send(codec.encode(message)) } catch { Log.warning("reply \(type): \(error)") }
        Log.debug("sent \(type)")
    }

    /// Runs `body` between iopub `status: busy` and `status: idle`, both parented on `request`.
    func whileBusy(_ request: Message, _ body: () -> Void) {
        publishStatus("busy", parent: request)
        body()
        publishStatus("idle", parent: request)
    }

    func publishStatus(_ state: String, parent: Message) {
        iopub.publish("status", ["execution_state": .string(state)], parent: parent.header)
    }

    /// The reply to a request of a type this kernel does not know, or that failed.
    static func errorContent(_ ename: String, _ evalue: String) -> JSONValue {
        KernelError(ename: ename, evalue: evalue).json(status: "error")
    }

    /// Answers a message nobody handles: logged, and an error reply when it was a request.
    func answerUnknown(_ request: Message, on channel: RequestChannel) {
        Log.warning("unknown message type \(request.msgType)")
        if request.msgType.hasSuffix("_request") {
            reply(request, on: channel, KernelServer.errorContent("UnknownMessageType",
                                                                 "unsupported message type \(request.msgType)"))
        }
    }
}
