import Foundation
import MimeBundle

/// While a cell runs, the shell thread keeps reading the shell socket (and the requests control
/// hands over), so that widgets stay live: comm messages (a slider moved, a Stop button clicked)
/// and `comm_info_request` are handled at once; every other request waits, in order, until the
/// cell is done (`deferred`).
extension KernelServer {
    /// Runs `body` (the cell) on a worker thread and serves comm traffic until it returns; then, if
    /// comm messages came in meanwhile, lets the backend finish the work they queued.
    func runServingComms<T>(_ cell: Message, context: ExecutionContext, _ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let wake = shell.wake
        let worker = Thread {
            box.value = body()
            box.done.set()
            wake.signal()
        }
        worker.name = "swiftgrad-cell"
        worker.stackSize = 1 << 22
        worker.start()
        let poller = Poller([shell.socket, wake.receiver])
        var commsDuringCell = 0
        while !box.done.isSet {
            do {
                let ready = try poller.readable(timeoutMs: 100)
                if ready.contains(1) { wake.drain() }
                for request in fromControl.takeAll() { commsDuringCell += serveDuringCell(request, on: control, cell: cell) }
                if ready.contains(0) {
                    try receiveAll(on: shell) { commsDuringCell += serveDuringCell($0, on: shell, cell: cell) }
                }
            } catch {
                Log.warning("shell during cell: \(error)")
                usleep(1000)
            }
        }
        wake.drain()
        if commsDuringCell > 0 { backend.finishCommWork(context: context) }
        return box.value!
    }

    /// A request that arrived while `cell` runs: comm traffic is served now (returns 1 for a comm
    /// message), anything else waits until the cell is done.
    private func serveDuringCell(_ message: Message, on channel: RequestChannel, cell: Message) -> Int {
        switch message.msgType {
        case "comm_open", "comm_msg", "comm_close", "comm_info_request":
            // Each gets its own busy/idle (widget front ends throttle on that idle); then the
            // kernel is busy again with the cell.
            defer { publishStatus("busy", parent: cell) }
            if message.msgType == "comm_info_request" {
                whileBusy(message) { handleCommInfo(message, on: channel) }
                return 0
            }
            whileBusy(message) { handleComm(message, cellRunning: true) }
            return 1
        default:
            deferred.append((message, channel))
            return 0
        }
    }
}

/// The cell's result, handed from the worker thread to the shell thread.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    let done = SharedFlag()
}

