import Foundation
import JupyterKernel
import MimeBundle
import SwiftgradLang

/// The interpreter's `FrontendComms` inside the kernel: opens, sends and closes Jupyter comms
/// through the context of the request being handled, and routes what the front end sends to the
/// receiver registered for that comm. The receivers table is shared by the shell thread (incoming)
/// and the script thread (opening), hence the lock.
final class KernelComms: FrontendComms, @unchecked Sendable {
    /// The context outputs and comm messages go through now (set by the backend).
    var context: () -> ExecutionContext?
    private let lock = NSLock()
    private var receivers: [String: (JSONValue) -> Void] = [:]

    init(context: @escaping () -> ExecutionContext?) { self.context = context }

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
        context()?.closeComm(id: id, data: .object([]))
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
