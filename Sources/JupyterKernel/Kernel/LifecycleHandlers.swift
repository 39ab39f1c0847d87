import Foundation
import MimeBundle

/// Interrupt, shutdown and connect: served at once on whichever channel they come (old clients send them on
/// shell), so on control they land while a cell runs.
extension KernelServer {
    func handleInterrupt(_ request: Message, on channel: RequestChannel) {
        interrupt()
        reply(request, on: channel, ["status": "ok"])
    }

    func handleShutdown(_ request: Message, on channel: RequestChannel) {
        let restart = request.content.bool("restart", default: false)
        let content: JSONValue = ["status": "ok", "restart": .bool(restart)]
        reply(request, on: channel, content)
        // Other clients of this kernel learn of the shutdown on iopub.
        iopub.publish("shutdown_reply", content, parent: request.header)
        Log.info(restart ? "restart requested: exiting so the client relaunches" : "shutdown requested")
        requestStop(restart: restart)
    }

    func replyConnect(_ request: Message, on channel: RequestChannel) {
        reply(request, on: channel, [
            "status": "ok", "shell_port": .int(connection.shellPort), "iopub_port": .int(connection.iopubPort),
            "stdin_port": .int(connection.stdinPort), "hb_port": .int(connection.hbPort),
            "control_port": .int(connection.controlPort),
        ])
    }
}
