import Foundation
import MimeBundle

/// While a cell runs, the shell thread keeps reading the shell socket, so that widgets stay live:
/// comm messages (a slider moved, a Stop button clicked) and `comm_info_request` are handled at
/// once; every other request waits, in order, until the cell is done (`deferredShell`).
extension KernelServer {
    /// Runs `body` (the cell) on a worker thread and serves comm traffic until it returns; then, if
    /// comm messages came in meanwhile, lets the backend finish the work they queued.
    func runServingComms<T>(_ cell: Message, context: ExecutionContext, _ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let wake = cellDoneSignal
        let worker = Thread {
            box.value = body()
            box.done.set()
            wake.signal()
        }
        worker.name = "swiftgrad-cell"
        worker.stackSize = 1 << 22
        worker.start()
        let poller = Poller([shell, wake.receiver])
        var commsDuringCell = 0
        while !box.done.isSet {
            do {
                let ready = try poller.readable(timeoutMs: 100)
                if ready.contains(1) { wake.drain() }
                if ready.contains(0) { commsDuringCell += try readShellDuringCell(cell) }
            } catch {
                Log.warning("shell during cell: \(error)")
                usleep(1000)
            }
        }
        wake.drain()
        if commsDuringCell > 0 { backend.finishCommWork(context: context) }
        return box.value!
    }

    /// Handles the comm traffic waiting now; returns how many comm messages it handled.
    private func readShellDuringCell(_ cell: Message) throws -> Int {
        var handled = 0
        while let frames = try shell.receive(nonBlocking: true) {
            guard let message = decodeOrLog(frames) else { continue }
            switch message.msgType {
            case "comm_open", "comm_msg", "comm_close", "comm_info_request":
                // Each gets its own busy/idle (widget front ends throttle on that idle); then the
                // kernel is busy again with the cell.
                whileBusy(message) {
                    if message.msgType == "comm_info_request" {
                        handleCommInfo(message)
                    } else {
                        handleComm(message, cellRunning: true)
                        handled += 1
                    }
                }
                publishStatus("busy", parent: cell)
            default:
                deferredShell.append(message)
            }
        }
        return handled
    }
}

/// The cell's result, handed from the worker thread to the shell thread.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    let done = SharedFlag()
}

/// Wakes the shell thread's poller when a cell ends: an in-process PUSH/PULL pair.
final class WakeSignal: @unchecked Sendable {
    let receiver: Socket
    private let sender: Socket
    private let lock = NSLock()

    init(context: Context) throws {
        let endpoint = "inproc://swiftgrad-cell-done-\(Header.newID())"
        receiver = try Socket(context, .pull)
        try receiver.bind(endpoint)
        sender = try Socket(context, .push)
        try sender.connect(endpoint)
    }

    func signal() {
        lock.withLock { _ = try? sender.send([[1]]) }
    }

    func drain() {
        while (try? receiver.receive(nonBlocking: true)) ?? nil != nil {}
    }
}
