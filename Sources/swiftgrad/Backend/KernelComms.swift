import Foundation
import JupyterKernel
import MimeBundle
import SwiftgradLang

/// The interpreter's `FrontendComms` inside the kernel: opens, sends and closes Jupyter comms
/// through the context of the request being served, and routes what the front end sends to the
/// receiver registered for that comm. A widget keeps its comms for as long as it lives, across
/// cells, so the route changes with each request (`routing(through:)`, set by the backend); the
/// receivers table is shared by the shell thread (incoming) and the script thread (opening).
final class KernelComms: FrontendComms, @unchecked Sendable {
    private let lock = NSLock()
    private var receivers: [String: (JSONValue) -> Void] = [:]
    /// The context of the request being served now (nil between requests: nothing is sent).
    private var route: ExecutionContext?

    /// Runs `body` with comm messages parented on `context`'s request.
    func routing<T>(through context: ExecutionContext, _ body: () -> T) -> T {
        let outer = lock.withLock { defer { route = context }; return route }
        defer { lock.withLock { route = outer } }
        return body()
    }

    private func context() -> ExecutionContext? { lock.withLock { route } }

    func open(target: String, data: JSONValue, metadata: JSONValue, receive: @escaping (JSONValue) -> Void) -> String {
        let id = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        lock.withLock { receivers[id] = receive }
        context()?.openComm(id: id, target: target, data: data, metadata: metadata)
        return id
    }

    func send(_ id: String, data: JSONValue) {
        context()?.sendComm(id: id, data: data)
    }

    func close(_ id: String) {
        lock.withLock { _ = receivers.removeValue(forKey: id) }
        context()?.closeComm(id: id, data: [:])
    }

    /// A front-end event for a comm this kernel opened; false if it is not one of ours.
    func deliver(_ event: CommEvent) -> Bool {
        switch event {
        case .open:
            return false   // the front end opening comms (no kernel-side target accepts them yet)
        case let .message(id, data):
            guard let receive = lock.withLock({ receivers[id] }) else { return false }
            receive(data)
            return true
        case let .close(id, _):
            return lock.withLock { receivers.removeValue(forKey: id) != nil }
        }
    }
}
