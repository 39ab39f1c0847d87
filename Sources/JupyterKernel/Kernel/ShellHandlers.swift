import Foundation
import MimeBundle

/// The shell message types (served from control too, see `RequestHandlers.swift`): execute,
/// complete, inspect, is_complete, history.
extension KernelServer {
    // MARK: execute

    /// An execute request (from shell, or from control handed to the shell thread): runs the cell;
    /// when it fails with `stop_on_error`, the execute requests queued behind it are aborted.
    func serveExecute(_ request: Message, on channel: RequestChannel) {
        for queued in runCell(request, on: channel) { abortIfExecute(queued.request, on: queued.channel) }
    }

    /// Runs a cell. When it fails with `stop_on_error`, returns the requests that were queued before
    /// its reply went out (taken off the socket first, so a request sent after the client saw the
    /// error is never aborted).
    private func runCell(_ request: Message, on channel: RequestChannel) -> [(request: Message, channel: RequestChannel)] {
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
            iopub.publish("execute_input", ["code": .string(code), "execution_count": .int(count)], parent: request.header)
        }

        let context = makeContext(for: request, silent: silent, allowStdin: allowStdin)
        let backend = self.backend
        let outcome = runServingComms(request, context: context) {
            backend.execute(code: code, silent: silent, storeHistory: storeHistory,
                            allowStdin: allowStdin, executionCount: count, context: context)
        }
        context.streams.flush()

        let replyContent: JSONValue
        var failed = false
        var outputText: String?
        switch outcome {
        case let .ok(result):
            if let result, !silent {
                iopub.publish("execute_result", [
                    "execution_count": .int(count), "data": .object(result.data), "metadata": .object(result.metadata),
                ], parent: request.header)
                outputText = result.plainText
            }
            replyContent = ["status": "ok", "execution_count": .int(count), "payload": .array(context.payloads),
                            "user_expressions": evaluateUserExpressions(content["user_expressions"])]
        case let .error(error):
            failed = true
            if !silent { iopub.publish("error", error.json(status: nil), parent: request.header) }
            replyContent = error.json(status: "error", extra: [
                ("execution_count", .int(count)), ("payload", .array(context.payloads)), ("user_expressions", [:]),
            ])
        }
        if storeHistory { history.record(line: count, input: code, output: outputText) }
        let queued = failed && content.bool("stop_on_error", default: true) ? queuedRequests() : []
        reply(request, on: channel, replyContent, metadata: ["status": .string(failed ? "error" : "ok")])
        return queued
    }

    /// Each user expression gets its own result or error.
    private func evaluateUserExpressions(_ expressions: JSONValue?) -> JSONValue {
        guard case let .object(pairs)? = expressions else { return [:] }
        return .object(pairs.map { name, expression in
            guard case let .string(source) = expression else {
                return (name, KernelServer.errorContent("TypeError", "user expression is not a string"))
            }
            switch backend.evaluate(userExpression: source) {
            case let .success(bundle):
                return (name, ["status": "ok", "data": .object(bundle.data), "metadata": .object(bundle.metadata)])
            case let .failure(error):
                return (name, error.json(status: "error"))
            }
        })
    }

    /// The requests deferred while the cell ran and those waiting on the shell socket, including those still arriving: a front end's Run All
    /// sends every cell at once, but through the server they trickle in a few milliseconds apart, so a
    /// cell that fails at once would otherwise see only part of the queue. Collects until the socket has
    /// been quiet for `settleMs` (at most `maxWaitMs` in all). The error reply has not gone out yet, so
    /// everything collected was sent before the client could know of the error.
    private func queuedRequests(settleMs: Int = 50, maxWaitMs: Double = 500) -> [(request: Message, channel: RequestChannel)] {
        var queued = deferred
        deferred.removeAll()
        let poller = Poller([shell.socket])
        let deadline = Date().addingTimeInterval(maxWaitMs / 1000)
        while Date() < deadline {
            for request in fromControl.takeAll() { queued.append((request, control)) }
            try? receiveAll(on: shell) { queued.append(($0, shell)) }
            guard (try? poller.readable(timeoutMs: settleMs))?.isEmpty == false else { break }
        }
        for request in fromControl.takeAll() { queued.append((request, control)) }
        return queued
    }

    /// After a failed cell with `stop_on_error`, an execute request that was already queued is answered
    /// without running: `status: "aborted"` and no execution count, as ipykernel does, so front ends show
    /// the skipped cell as not run (`[ ]`) instead of numbering it like the failure. Other requests are
    /// handled normally.
    private func abortIfExecute(_ request: Message, on channel: RequestChannel) {
        guard request.msgType == "execute_request" else {
            serve(request, on: channel)
            return
        }
        whileBusy(request) {
            let aborted: JSONValue = ["status": "aborted"]
            reply(request, on: channel, aborted, metadata: aborted)
        }
    }

    // MARK: introspection

    func handleComplete(_ request: Message, on channel: RequestChannel) {
        let code = request.content.string("code")
        let cursor = request.content.int("cursor_pos") ?? code.unicodeScalars.count
        let result = backend.complete(code: code, cursorPos: cursor)
        reply(request, on: channel, [
            "status": "ok", "matches": .array(result.matches.map { .string($0) }),
            "cursor_start": .int(result.cursorStart), "cursor_end": .int(result.cursorEnd),
            "metadata": result.metadata,
        ])
    }

    func handleInspect(_ request: Message, on channel: RequestChannel) {
        let code = request.content.string("code")
        let cursor = request.content.int("cursor_pos") ?? code.unicodeScalars.count
        let detail = request.content.int("detail_level") ?? 0
        let bundle = backend.inspect(code: code, cursorPos: cursor, detailLevel: detail)
        reply(request, on: channel, [
            "status": "ok", "found": .bool(bundle != nil),
            "data": .object(bundle?.data ?? []), "metadata": .object(bundle?.metadata ?? []),
        ])
    }

    /// is_complete only parses (no interpreter state), so control answers it while a cell runs.
    func handleIsComplete(_ request: Message, on channel: RequestChannel) {
        let content: JSONValue
        switch backend.isComplete(code: request.content.string("code")) {
        case .complete: content = ["status": "complete"]
        case let .incomplete(indent): content = ["status": "incomplete", "indent": .string(indent)]
        case .invalid: content = ["status": "invalid"]
        case .unknown: content = ["status": "unknown"]
        }
        reply(request, on: channel, content)
    }

    func handleHistory(_ request: Message, on channel: RequestChannel) {
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
        reply(request, on: channel, ["status": "ok", "history": .array(rows)])
    }
}
