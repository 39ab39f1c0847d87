import Foundation
import MimeBundle

extension KernelServer {
    /// Control channel dispatch (runs on the control thread, also while a cell runs).
    func handleControl(_ request: Message) {
        whileBusy(request) {
            switch request.msgType {
            case "interrupt_request":
                interrupt()
                reply(request, on: control, .object([("status", .string("ok"))]))
            case "shutdown_request":
                let restart = request.content.bool("restart", default: false)
                let content = JSONValue.object([("status", .string("ok")), ("restart", .bool(restart))])
                reply(request, on: control, content)
                // Other clients of this kernel learn of the shutdown on iopub.
                iopub.publish("shutdown_reply", content, parent: request.header)
                Log.info(restart ? "restart requested: exiting so the client relaunches" : "shutdown requested")
                requestStop(restart: restart)
            case "kernel_info_request":
                reply(request, on: control, backend.kernelInfo.replyContent)
            // The spec lets control carry shell messages. Those that read no interpreter state are
            // answered here, also while a cell runs; the others would wait for the running cell
            // (and block interrupts behind it), so they get an error reply naming the shell channel.
            case "is_complete_request":
                handleIsComplete(request, on: control)
            case "connect_request":
                replyConnect(request, on: control)
            case "execute_request", "complete_request", "inspect_request", "history_request", "comm_info_request":
                reply(request, on: control, KernelServer.errorContent(
                    "UnsupportedOnControl", "\(request.msgType) is served on the shell channel"))
            default:
                answerUnknown(request, on: control)
            }
        }
    }
}
