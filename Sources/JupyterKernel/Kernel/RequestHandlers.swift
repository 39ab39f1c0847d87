import Foundation
import MimeBundle

/// One table of the requests the kernel serves, for shell and control alike (the spec lets control
/// carry every shell message), as xeus's `dispatch` has it.
extension KernelServer {
    struct Handler {
        enum Order {
            /// Reads or changes interpreter or history state: served on the shell thread in arrival
            /// order with the cells. Sent on control, it is handed to the shell thread (and waits
            /// there for a running cell), so the control thread never waits and an interrupt or
            /// shutdown behind it still lands at once; the reply goes back on control.
            case withCells
            /// Reads no interpreter state: served by the thread that received it, so control
            /// answers it also while a cell runs.
            case atOnce
        }
        let order: Order
        /// Execute publishes busy/idle itself (around the cell); every other request is wrapped here.
        var ownStatus = false
        let serve: (KernelServer, Message, RequestChannel) -> Void
    }

    static let handlers: [String: Handler] = [
        "execute_request": Handler(order: .withCells, ownStatus: true) { $0.serveExecute($1, on: $2) },
        "complete_request": Handler(order: .withCells) { $0.handleComplete($1, on: $2) },
        "inspect_request": Handler(order: .withCells) { $0.handleInspect($1, on: $2) },
        "history_request": Handler(order: .withCells) { $0.handleHistory($1, on: $2) },
        "comm_open": Handler(order: .withCells) { server, request, _ in server.handleComm(request, cellRunning: false) },
        "comm_msg": Handler(order: .withCells) { server, request, _ in server.handleComm(request, cellRunning: false) },
        "comm_close": Handler(order: .withCells) { server, request, _ in server.handleComm(request, cellRunning: false) },
        "comm_info_request": Handler(order: .atOnce) { $0.handleCommInfo($1, on: $2) },
        "is_complete_request": Handler(order: .atOnce) { $0.handleIsComplete($1, on: $2) },
        "kernel_info_request": Handler(order: .atOnce) { $0.reply($1, on: $2, $0.backend.kernelInfo.replyContent) },
        "connect_request": Handler(order: .atOnce) { $0.replyConnect($1, on: $2) },
        "interrupt_request": Handler(order: .atOnce) { $0.handleInterrupt($1, on: $2) },
        "shutdown_request": Handler(order: .atOnce) { $0.handleShutdown($1, on: $2) },
    ]

    /// Serves a request on the control thread: at once, or handed to the shell thread when it
    /// must wait its turn with the cells.
    func dispatchOnControl(_ request: Message) {
        if KernelServer.handlers[request.msgType]?.order == .withCells {
            handOverToShell(request)
        } else {
            serve(request, on: control)
        }
    }

    /// Serves one request that arrived on `channel` (on the control thread only what `.atOnce` allows).
    func serve(_ request: Message, on channel: RequestChannel) {
        guard let handler = KernelServer.handlers[request.msgType] else {
            whileBusy(request) { answerUnknown(request, on: channel) }
            return
        }
        if handler.ownStatus {
            handler.serve(self, request, channel)
        } else {
            whileBusy(request) { handler.serve(self, request, channel) }
        }
    }

    /// A control request that must wait its turn with the cells: the shell thread serves it.
    private func handOverToShell(_ request: Message) {
        fromControl.append(request)
        shell.wake.signal()
    }
}
