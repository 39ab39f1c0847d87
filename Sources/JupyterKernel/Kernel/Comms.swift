import Foundation
import MimeBundle

/// A comm event from the front end (`comm_open`, `comm_msg`, `comm_close` on the shell channel).
public enum CommEvent: Equatable {
    case open(id: String, target: String, data: JSONValue)
    case message(id: String, data: JSONValue)
    case close(id: String, data: JSONValue)

    public var commID: String {
        switch self {
        case let .open(id, _, _), let .message(id, _), let .close(id, _): return id
        }
    }
}

/// The comms open now (id → target name), opened by either side; answers `comm_info_request`.
/// Shared by the shell thread and the script thread, hence the lock.
final class CommRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var targets: [String: String] = [:]

    func opened(_ id: String, target: String) { lock.withLock { targets[id] = target } }
    func closed(_ id: String) { lock.withLock { _ = targets.removeValue(forKey: id) } }
    func isOpen(_ id: String) -> Bool { lock.withLock { targets[id] != nil } }

    /// `{comm_id: {target_name}}`, only the comms of `target` when it is given.
    func info(target: String?) -> JSONValue {
        let open = lock.withLock { targets }
        return .object(open.filter { target == nil || $0.value == target }.sorted { $0.key < $1.key }
            .map { ($0.key, ["target_name": .string($0.value)]) })
    }
}

extension KernelServer {
    /// `comm_info_request`: the open comms, optionally of one target.
    func handleCommInfo(_ request: Message, on channel: RequestChannel) {
        let target = request.content.string("target_name")
        reply(request, on: channel, ["status": "ok", "comms": comms.info(target: target.isEmpty ? nil : target)])
    }

    /// `comm_open`/`comm_msg`/`comm_close` from the front end. `running` is the context of the cell
    /// that runs now (nil when idle): then the backend must only note the event and act at a safe
    /// point of that cell; when idle it gets a context parented on the comm message and may run
    /// script code before returning.
    func handleComm(_ request: Message, cellRunning: Bool) {
        let c = request.content
        let id = c.string("comm_id")
        let data = c["data"] ?? [:]
        let event: CommEvent
        switch request.msgType {
        case "comm_open": event = .open(id: id, target: c.string("target_name"), data: data)
        case "comm_msg": event = .message(id: id, data: data)
        default: event = .close(id: id, data: data)
        }
        if case .open = event {
            comms.opened(id, target: c.string("target_name"))
        } else if !comms.isOpen(id) {
            Log.warning("\(request.msgType) for unknown comm \(id)")
            return
        }
        if case .close = event { comms.closed(id) }
        let context = cellRunning ? nil : makeContext(for: request, allowStdin: false)
        let accepted = backend.receiveComm(event, context: context)
        context?.streams.flush()
        if case .open = event, !accepted {
            // Nobody serves this target: close the comm so the front end does not wait.
            Log.warning("comm_open for unknown target \(c.string("target_name"))")
            comms.closed(id)
            iopub.publish("comm_close", ["comm_id": .string(id), "data": [:]], parent: request.header)
        }
    }

    /// The context through which a request's outputs and comm messages reach the front end.
    func makeContext(for request: Message, silent: Bool = false, allowStdin: Bool) -> CellContext {
        CellContext(request: request, iopub: iopub, stdin: stdin, comms: comms, silent: silent,
                    allowStdin: allowStdin, interrupted: interrupted)
    }
}
