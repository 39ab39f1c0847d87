import Foundation
import MimeBundle

extension KernelServer {
    /// Shell channel dispatch (runs on the shell thread, one request at a time).
    func handleShell(_ request: Message) {
        if request.msgType == "execute_request" {
            for queued in handleExecute(request) { abortIfExecute(queued) }
            return
        }
        whileBusy(request) {
            switch request.msgType {
            case "kernel_info_request": reply(request, on: shell, backend.kernelInfo.replyContent)
            case "complete_request": handleComplete(request)
            case "inspect_request": handleInspect(request)
            case "is_complete_request": handleIsComplete(request)
            case "history_request": handleHistory(request)
            case "comm_info_request": handleCommInfo(request)
            case "comm_open", "comm_msg", "comm_close": handleComm(request, cellRunning: false)
            case "connect_request":
                replyConnect(request, on: shell)
            case "shutdown_request", "interrupt_request":
                handleControlOnShell(request)
            default:
                answerUnknown(request, on: shell)
            }
        }
    }

    func replyConnect(_ request: Message, on socket: Socket) {
        reply(request, on: socket, .object([
            ("status", .string("ok")), ("shell_port", .int(connection.shellPort)),
            ("iopub_port", .int(connection.iopubPort)), ("stdin_port", .int(connection.stdinPort)),
            ("hb_port", .int(connection.hbPort)), ("control_port", .int(connection.controlPort)),
        ]))
    }

    /// Old clients send shutdown/interrupt on shell; answer them there the same way.
    private func handleControlOnShell(_ request: Message) {
        if request.msgType == "interrupt_request" {
            interrupt()
            reply(request, on: shell, .object([("status", .string("ok"))]))
        } else {
            let restart = request.content.bool("restart", default: false)
            reply(request, on: shell, .object([("status", .string("ok")), ("restart", .bool(restart))]))
            requestStop(restart: restart)
        }
    }

    // MARK: execute

    /// Runs a cell. When it fails with `stop_on_error`, returns the requests that were queued before
    /// its reply went out (taken off the socket first, so a request sent after the client saw the
    /// error is never aborted).
    private func handleExecute(_ request: Message) -> [Message] {
        let content = request.content
        let code = content.string("code")
        let silent = content.bool("silent", default: false)
        let storeHistory = silent ? false : content.bool("store_history", default: true)
        let allowStdin = content.bool("allow_stdin", default: true)

        // Cleared before the client can see the cell start, so an interrupt sent after `busy` counts.
        interrupted.clear()
        backend.cellAccepted()
        publishStatus("busy", parent: request)
        defer { publishStatus("idle", parent: request) }

        if storeHistory { executionCount += 1 }
        let count = executionCount   // the number this cell shows (unchanged when not stored)
        if !silent {
            iopub.publish("execute_input", .object([("code", .string(code)), ("execution_count", .int(count))]),
                          parent: request.header)
        }

        let context = makeContext(for: request, silent: silent, allowStdin: allowStdin)
        let backend = self.backend
        let outcome = runServingComms(request, context: context) {
            backend.execute(code: code, silent: silent, storeHistory: storeHistory,
                            allowStdin: allowStdin, executionCount: count, context: context)
        }
        context.streams.flush()

        var replyContent: [(String, JSONValue)]
        var failed = false
        var outputText: String?
        switch outcome {
        case let .ok(result):
            if let result, !silent {
                iopub.publish("execute_result", .object([
                    ("execution_count", .int(count)), ("data", .object(result.data)),
                    ("metadata", .object(result.metadata)),
                ]), parent: request.header)
                outputText = result.plainText
            }
            replyContent = [("status", .string("ok")), ("execution_count", .int(count)),
                            ("payload", .array(context.payloads)),
                            ("user_expressions", evaluateUserExpressions(content["user_expressions"]))]
        case let .error(error):
            failed = true
            let errorFields: [(String, JSONValue)] = [
                ("ename", .string(error.ename)), ("evalue", .string(error.evalue)),
                ("traceback", .array(error.traceback.map { .string($0) })),
            ]
            if !silent { iopub.publish("error", .object(errorFields), parent: request.header) }
            replyContent = [("status", .string("error")), ("execution_count", .int(count))] + errorFields
                + [("payload", .array(context.payloads)), ("user_expressions", .object([]))]
        }
        if storeHistory { history.record(line: count, input: code, output: outputText) }
        let queued = failed && content.bool("stop_on_error", default: true) ? queuedRequests() : []
        reply(request, on: shell, .object(replyContent), metadata: .object([("status", .string(failed ? "error" : "ok"))]))
        return queued
    }

    /// Each user expression gets its own result or error.
    private func evaluateUserExpressions(_ expressions: JSONValue?) -> JSONValue {
        guard case let .object(pairs)? = expressions else { return .object([]) }
        return .object(pairs.map { name, expression in
            guard case let .string(source) = expression else {
                return (name, KernelServer.errorContent("TypeError", "user expression is not a string"))
            }
            switch backend.evaluate(userExpression: source) {
            case let .success(bundle):
                return (name, .object([("status", .string("ok")), ("data", .object(bundle.data)),
                                       ("metadata", .object(bundle.metadata))]))
            case let .failure(error):
                return (name, .object([("status", .string("error")), ("ename", .string(error.ename)),
                                       ("evalue", .string(error.evalue)),
                                       ("traceback", .array(error.traceback.map { .string($0) }))]))
            }
        })
    }

    /// The requests deferred while the cell ran and those waiting on the shell socket, including those still arriving: a front end's Run All
    /// sends every cell at once, but through the server they trickle in a few milliseconds apart, so a
    /// cell that fails at once would otherwise see only part of the queue. Collects until the socket has
    /// been quiet for `settleMs` (at most `maxWaitMs` in all). The error reply has not gone out yet, so
    /// everything collected was sent before the client could know of the error.
    private func queuedRequests(settleMs: Int = 50, maxWaitMs: Double = 500) -> [Message] {
        var queued = deferredShell
        deferredShell.removeAll()
        let poller = Poller([shell])
        let deadline = Date().addingTimeInterval(maxWaitMs / 1000)
        while Date() < deadline {
            while let frames = try? shell.receive(nonBlocking: true) {
                if let request = decodeOrLog(frames, answeringOn: shell) { queued.append(request) }
            }
            guard (try? poller.readable(timeoutMs: settleMs))?.isEmpty == false else { break }
        }
        return queued
    }

    /// After a failed cell with `stop_on_error`, an execute request that was already queued is answered
    /// without running: `status: "aborted"` and no execution count, as ipykernel does, so front ends show
    /// the skipped cell as not run (`[ ]`) instead of numbering it like the failure. Other requests are
    /// handled normally.
    private func abortIfExecute(_ request: Message) {
        guard request.msgType == "execute_request" else {
            handleShell(request)
            return
        }
        whileBusy(request) {
            let aborted = JSONValue.object([("status", .string("aborted"))])
            reply(request, on: shell, aborted, metadata: aborted)
        }
    }

    // MARK: introspection

    private func handleComplete(_ request: Message) {
        let code = request.content.string("code")
        let cursor = request.content.int("cursor_pos") ?? code.unicodeScalars.count
        let result = backend.complete(code: code, cursorPos: cursor)
        reply(request, on: shell, .object([
            ("status", .string("ok")), ("matches", .array(result.matches.map { .string($0) })),
            ("cursor_start", .int(result.cursorStart)), ("cursor_end", .int(result.cursorEnd)),
            ("metadata", result.metadata),
        ]))
    }

    private func handleInspect(_ request: Message) {
        let code = request.content.string("code")
        let cursor = request.content.int("cursor_pos") ?? code.unicodeScalars.count
        let detail = request.content.int("detail_level") ?? 0
        let bundle = backend.inspect(code: code, cursorPos: cursor, detailLevel: detail)
        reply(request, on: shell, .object([
            ("status", .string("ok")), ("found", .bool(bundle != nil)),
            ("data", .object(bundle?.data ?? [])), ("metadata", .object(bundle?.metadata ?? [])),
        ]))
    }

    /// is_complete only parses (no interpreter state), so control can answer it while a cell runs.
    func handleIsComplete(_ request: Message, on socket: Socket? = nil) {
        var content: [(String, JSONValue)]
        switch backend.isComplete(code: request.content.string("code")) {
        case .complete: content = [("status", .string("complete"))]
        case let .incomplete(indent): content = [("status", .string("incomplete")), ("indent", .string(indent))]
        case .invalid: content = [("status", .string("invalid"))]
        case .unknown: content = [("status", .string("unknown"))]
        }
        reply(request, on: socket ?? shell, .object(content))
    }

    private func handleHistory(_ request: Message) {
        let c = request.content
        let withOutput = c.bool("output", default: false)
        let entries: [History.Entry]
        switch c.string("hist_access_type") {
        case "tail": entries = history.tail(c.int("n") ?? 10)
        case "range": entries = history.range(session: c.int("session") ?? 0, start: c.int("start") ?? 0, stop: c.int("stop"))
        case "search":
            entries = history.search(pattern: c.string("pattern", default: "*"), unique: c.bool("unique", default: false), n: c.int("n"))
        default: entries = []
        }
        let rows: [JSONValue] = entries.map { entry in
            let input: JSONValue = withOutput
                ? .array([.string(entry.input), entry.output.map { .string($0) } ?? .null])
                : .string(entry.input)
            return .array([.int(entry.session), .int(entry.line), input])
        }
        reply(request, on: shell, .object([("status", .string("ok")), ("history", .array(rows))]))
    }
}
