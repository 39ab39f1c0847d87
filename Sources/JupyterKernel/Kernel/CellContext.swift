import Foundation
import MimeBundle

/// The `ExecutionContext` of one execute request: publishes outputs parented on the request
/// (nothing when the request is silent), asks for input over stdin, collects payloads.
final class CellContext: ExecutionContext, @unchecked Sendable {
    private let request: Message
    private let iopub: IOPub
    private let stdin: StdinChannel
    private let comms: CommRegistry
    private let silent: Bool
    private let allowStdin: Bool
    private let interrupted: SharedFlag
    private let lock = NSLock()
    private var collectedPayloads: [JSONValue] = []
    private(set) lazy var streams = StreamBuffer { [iopub, request, silent] stream, text in
        guard !silent else { return }
        iopub.publish("stream", ["name": .string(stream.rawValue), "text": .string(text)],
                      parent: request.header)
    }

    init(request: Message, iopub: IOPub, stdin: StdinChannel, comms: CommRegistry, silent: Bool, allowStdin: Bool,
         interrupted: SharedFlag) {
        self.request = request
        self.iopub = iopub
        self.stdin = stdin
        self.comms = comms
        self.silent = silent
        self.allowStdin = allowStdin
        self.interrupted = interrupted
    }

    var payloads: [JSONValue] { lock.withLock { collectedPayloads } }

    func stream(_ text: String, to stream: StreamName) {
        streams.append(text, to: stream)
    }

    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
        streams.flush()
        guard !silent else { return }
        let transient: JSONValue = displayID.map { ["display_id": .string($0)] } ?? [:]
        let type = (update && displayID != nil) ? "update_display_data" : "display_data"
        iopub.publish(type, ["data": .object(bundle.data), "metadata": .object(bundle.metadata), "transient": transient],
                      parent: request.header)
    }

    func clearOutput(wait: Bool) {
        streams.flush()
        guard !silent else { return }
        iopub.publish("clear_output", ["wait": .bool(wait)], parent: request.header)
    }

    func input(prompt: String, password: Bool) throws -> String {
        guard allowStdin else { throw InputError.notAllowed }
        streams.flush()
        return try stdin.requestInput(prompt: prompt, password: password, for: request,
                                      cancelled: { [interrupted] in interrupted.isSet })
    }

    func page(_ bundle: MimeBundle) {
        let payload: JSONValue = ["source": "page", "data": .object(bundle.data), "start": 0]
        lock.withLock { collectedPayloads.append(payload) }
    }

    // Comm messages go out even for silent requests: they are state, not output.

    func openComm(id: String, target: String, data: JSONValue, metadata: JSONValue) {
        streams.flush()
        comms.opened(id, target: target)
        iopub.publish("comm_open", ["comm_id": .string(id), "target_name": .string(target), "data": data],
                      parent: request.header, metadata: metadata)
    }

    func sendComm(id: String, data: JSONValue) {
        guard comms.isOpen(id) else { return }
        streams.flush()
        iopub.publish("comm_msg", ["comm_id": .string(id), "data": data], parent: request.header)
    }

    func closeComm(id: String, data: JSONValue) {
        guard comms.isOpen(id) else { return }
        comms.closed(id)
        iopub.publish("comm_close", ["comm_id": .string(id), "data": data], parent: request.header)
    }
}
