import Foundation
import MimeBundle
import XCTest
@testable import JupyterKernel

/// The server end to end in process: a `FakeBackend`, ipc sockets in a temporary directory, and a
/// `TestClient` speaking the wire protocol.
final class KernelServerTests: XCTestCase {
    private var backend: FakeBackend!
    private var client: TestClient!
    private var finished: DispatchSemaphore!

    override func setUpWithError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sgk-\(Header.newID().prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let connection = try ConnectionFile(json: """
        {"transport": "ipc", "ip": "\(directory.path)/k", "shell_port": 1, "iopub_port": 2, "stdin_port": 3,
         "control_port": 4, "hb_port": 5, "key": "test-key", "signature_scheme": "hmac-sha256"}
        """)
        backend = FakeBackend()
        let server = try KernelServer(connection: connection, makeBackend: { [backend] in backend! })
        let done = DispatchSemaphore(value: 0)
        finished = done
        Thread.detachNewThread {
            server.run()
            done.signal()
        }
        client = try TestClient(connection: connection)
        let welcome = try client.waitForWelcome()
        XCTAssertEqual(welcome?.msgType, "iopub_welcome")
    }

    override func tearDownWithError() throws {
        let shutdown = try client.send("shutdown_request", .object([("restart", .bool(false))]), on: client.control)
        let reply = try client.next(on: client.control)
        XCTAssertEqual(reply?.parentHeader["msg_id"], .string(shutdown.msgID))
        XCTAssertEqual(finished.wait(timeout: .now() + 5), .success, "run() returns after shutdown")
    }

    func testKernelInfoIsWrappedInBusyAndIdle() throws {
        let request = try client.send("kernel_info_request")
        let reply = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(reply.msgType, "kernel_info_reply")
        XCTAssertEqual(reply.content["protocol_version"], .string("5.5"))
        XCTAssertEqual(reply.content["language_info"]?["name"], .string("fake"))
        let states = try client.iopubUntilIdle(of: request).map { $0.content.string("execution_state") }
        XCTAssertEqual(states, ["busy", "idle"])
    }

    func testExecutePublishesInputOutputsAndResult() throws {
        let request = try client.send("execute_request", .object([("code", .string("say hi"))]))
        let reply = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(reply.content.string("status"), "ok")
        XCTAssertEqual(reply.content.int("execution_count"), 1)
        let types = try client.iopubUntilIdle(of: request).map(\.msgType)
        XCTAssertEqual(types, ["status", "execute_input", "stream", "status"])

        let second = try client.send("execute_request", .object([("code", .string("42"))]))
        _ = try client.next(on: client.shell)
        let result = try client.iopubUntilIdle(of: second).first { $0.msgType == "execute_result" }
        XCTAssertEqual(result?.content["data"]?["text/plain"], .string("42"))
        XCTAssertEqual(result?.content.int("execution_count"), 2)
    }

    func testErrorsAbortQueuedExecutesWhenStopOnError() throws {
        try client.send("execute_request", .object([("code", .string("slowfail"))]))
        let queued = try client.send("execute_request", .object([("code", .string("1"))]))
        let first = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(first.content.string("status"), "error")
        XCTAssertEqual(first.content.string("ename"), "Boom")
        let aborted = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(aborted.parentHeader["msg_id"], .string(queued.msgID))
        XCTAssertEqual(aborted.content, .object([("status", .string("aborted"))]))
        XCTAssertNil(aborted.content.int("execution_count"), "a skipped cell gets no number")
    }

    func testInterruptOnControlStopsARunningCell() throws {
        try client.send("execute_request", .object([("code", .string("loop"))]))
        XCTAssertEqual(backend.started.wait(timeout: .now() + 5), .success)
        try client.send("interrupt_request", on: client.control)
        let controlReply = try XCTUnwrap(client.next(on: client.control))
        XCTAssertEqual(controlReply.content, .object([("status", .string("ok"))]))
        let reply = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(reply.content.string("ename"), "Interrupted")
    }

    func testInputRequestGoesToTheAskingClient() throws {
        let request = try client.send("execute_request", .object([("code", .string("ask")), ("allow_stdin", .bool(true))]))
        let ask = try XCTUnwrap(client.next(on: client.stdin))
        XCTAssertEqual(ask.msgType, "input_request")
        XCTAssertEqual(ask.parentHeader["msg_id"], .string(request.msgID))
        try client.send("input_reply", .object([("value", .string("typed"))]), on: client.stdin)
        let reply = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(reply.content.string("status"), "ok")
        let result = try client.iopubUntilIdle(of: request).first { $0.msgType == "execute_result" }
        XCTAssertEqual(result?.content["data"]?["text/plain"], .string("typed"))
    }

    func testInputWithoutAllowStdinFails() throws {
        try client.send("execute_request", .object([("code", .string("ask")), ("allow_stdin", .bool(false))]))
        let reply = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(reply.content.string("status"), "error")
        XCTAssertEqual(reply.content.string("ename"), "InputError")
    }

    func testPagePayloadDisplayAndUserExpressions() throws {
        let request = try client.send("execute_request", .object([
            ("code", .string("page")),
            ("user_expressions", .object([("a", .string("7")), ("b", .string("fail"))])),
        ]))
        let reply = try XCTUnwrap(client.next(on: client.shell))
        guard case let .array(payloads)? = reply.content["payload"] else { return XCTFail("no payload") }
        XCTAssertEqual(payloads.first?["source"], .string("page"))
        XCTAssertEqual(payloads.first?["data"]?["text/plain"], .string("the docs"))
        XCTAssertEqual(reply.content["user_expressions"]?["a"]?["data"]?["text/plain"], .string("7"))
        XCTAssertEqual(reply.content["user_expressions"]?["b"]?["status"], .string("error"))
        _ = try client.iopubUntilIdle(of: request)

        let show = try client.send("execute_request", .object([("code", .string("show"))]))
        _ = try client.next(on: client.shell)
        let display = try client.iopubUntilIdle(of: show).first { $0.msgType == "display_data" }
        XCTAssertEqual(display?.content["transient"]?["display_id"], .string("d"))
        XCTAssertEqual(display?.content["data"]?["text/html"], .string("<b>x</b>"))
    }

    func testSilentExecutePublishesOnlyStatus() throws {
        let request = try client.send("execute_request", .object([("code", .string("say hi")), ("silent", .bool(true))]))
        let reply = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(reply.content.int("execution_count"), 0)
        XCTAssertEqual(try client.iopubUntilIdle(of: request).map(\.msgType), ["status", "status"])
    }

    func testBadSignatureIsDroppedAndUnknownTypesGetAnErrorReply() throws {
        let forged = MessageCodec(key: "wrong-key")
        try client.shell.send(forged.encode(Message(header: Header(session: "x", msgType: "kernel_info_request"))))
        XCTAssertNil(try client.next(on: client.shell, timeout: 0.5))

        try client.send("frobnicate_request")
        let reply = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(reply.msgType, "frobnicate_reply")
        XCTAssertEqual(reply.content.string("status"), "error")
    }

    func testHistoryAndIntrospection() throws {
        for code in ["1", "2", "1"] {
            try client.send("execute_request", .object([("code", .string(code))]))
            _ = try client.next(on: client.shell)
        }
        try client.send("history_request", .object([("hist_access_type", .string("search")), ("pattern", .string("1")),
                                                    ("unique", .bool(true)), ("output", .bool(true)), ("raw", .bool(true))]))
        let history = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(history.content["history"], .array([.array([.int(1), .int(3), .array([.string("1"), .string("1")])])]))

        try client.send("is_complete_request", .object([("code", .string("f {"))]))
        let incomplete = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(incomplete.content.string("status"), "incomplete")
        XCTAssertEqual(incomplete.content.string("indent"), "  ")

        try client.send("inspect_request", .object([("code", .string("x")), ("cursor_pos", .int(1))]))
        let inspect = try XCTUnwrap(client.next(on: client.shell))
        XCTAssertEqual(inspect.content["found"], .bool(true))
        XCTAssertEqual(inspect.content["data"]?["text/plain"], .string("about x"))
    }
}
