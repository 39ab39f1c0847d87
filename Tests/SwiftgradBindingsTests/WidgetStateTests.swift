import MimeBundle
import SwiftgradBindings
import SwiftgradLang
import XCTest

/// A front end's side of the comms, in memory: records what the widgets open and send, and lets a
/// test send updates and clicks back as JupyterLab would.
final class FakeFrontend: ScriptHost, FrontendComms {
    var opened: [(id: String, target: String, state: JSONValue)] = []
    var sent: [(id: String, data: JSONValue)] = []
    var receivers: [String: (JSONValue) -> Void] = [:]
    var text = ""
    var displays: [(MimeBundle, String?, Bool)] = []

    func write(_ text: String, to stream: OutputStreamName) { self.text += text }
    func display(_ bundle: MimeBundle, id: String?, update: Bool) { displays.append((bundle, id, update)) }
    func clearOutput(wait: Bool) {}
    func readLine(prompt: String) throws -> String? { nil }
    func page(_ bundle: MimeBundle) {}
    var comms: FrontendComms? { self }

    func open(target: String, data: JSONValue, metadata: JSONValue, receive: @escaping (JSONValue) -> Void) -> String {
        let id = "comm-\(opened.count)"
        opened.append((id, target, data["state"] ?? .null))
        receivers[id] = receive
        return id
    }
    func send(_ id: String, data: JSONValue) { sent.append((id, data)) }
    func close(_ id: String) { receivers[id] = nil }

    /// The front end moved a control (`update`) — delivered on another thread, as the kernel does.
    func update(_ id: String, _ state: [(String, JSONValue)]) {
        let receive = receivers[id]!
        let t = Thread { receive(.object([("method", .string("update")), ("state", .object(state))])) }
        t.start()
        while !t.isFinished { usleep(100) }
    }
}

final class WidgetStateTests: XCTestCase {
    private func session() -> (Interpreter, FakeFrontend) {
        let interpreter = Interpreter()
        let frontend = FakeFrontend()
        interpreter.host = frontend
        installSwiftgradBuiltins(into: interpreter)
        return (interpreter, frontend)
    }

    private func run(_ interpreter: Interpreter, _ code: String) throws -> String {
        switch interpreter.execute(code) {
        case let .success(bundle): return bundle?.plainText ?? ""
        case let .failure(error): throw NSError(domain: "\(error.kind): \(error.message)", code: 1)
        }
    }

    func testASliderOpensAFloatSliderModelWithItsState() throws {
        let (interpreter, frontend) = session()
        let shown = interpreter.execute(#"Slider("w", in: -3...3, value: 2.0, step: 0.5)"#)
        XCTAssertEqual(frontend.opened.count, 1)
        XCTAssertEqual(frontend.opened[0].target, "jupyter.widget")
        let state = frontend.opened[0].state
        XCTAssertEqual(state["_model_name"], .string("FloatSliderModel"))
        XCTAssertEqual(state["_model_module_version"], .string("2.0.0"))
        XCTAssertEqual(state["value"], .double(2.0))
        XCTAssertEqual(state["step"], .double(0.5))
        let bundle = try shown.get()!
        XCTAssertEqual(bundle["application/vnd.jupyter.widget-view+json"]?["model_id"], .string("comm-0"))
        XCTAssertEqual(bundle.plainText, "w: 2.0 (slider -3 … 3)")
    }

    func testFrontEndUpdatesAreReadAndCallbacksRunOnTheScriptThread() throws {
        let (interpreter, frontend) = session()
        _ = try run(interpreter, #"let s = IntSlider("n", in: 0...10, value: 1)"# + "\nvar seen: [Int] = []\ns.onChange { v in seen.append(v) }")
        frontend.update("comm-0", [("value", .int(4))])
        frontend.update("comm-0", [("value", .int(6))])
        // The value is there at once; the callbacks wait for the script thread (coalesced: one run,
        // with the latest value).
        XCTAssertEqual(try run(interpreter, "s.value"), "6")
        interpreter.runScheduledJobs()
        XCTAssertEqual(try run(interpreter, "seen"), "[6]")
    }

    func testAssigningValueSendsAnUpdateAndRunsCallbacks() throws {
        let (interpreter, frontend) = session()
        _ = try run(interpreter, #"let c = Checkbox("relu")"# + "\nc.onChange { on in print(\"now\", on) }\nc.value = true")
        XCTAssertEqual(frontend.sent.last?.data, .object([("method", .string("update")), ("state", .object([("value", .bool(true))])),
                                                          ("buffer_paths", .array([]))]))
        XCTAssertEqual(frontend.text, "now true\n")
        _ = try run(interpreter, "c.value = true")
        XCTAssertEqual(frontend.text, "now true\n", "no change, no callback")
    }

    func testADropdownMapsTheFrontEndsIndexToItsOption() throws {
        let (interpreter, frontend) = session()
        _ = try run(interpreter, #"let d = Dropdown("act", options: ["tanh", "relu"])"#)
        XCTAssertEqual(try run(interpreter, "d.value"), "\"tanh\"")
        frontend.update("comm-0", [("index", .int(1))])
        XCTAssertEqual(try run(interpreter, "d.value"), "\"relu\"")
        XCTAssertThrowsError(try run(interpreter, #"d.value = "gelu""#))
    }

    func testWidgetsWorkWithoutAFrontEnd() throws {
        let interpreter = Interpreter()
        installSwiftgradBuiltins(into: interpreter)
        XCTAssertEqual(try run(interpreter, #"let s = Slider("x", in: 0...1, value: 0.25)"# + "\ns.value = 0.5\ns.value"), "0.5")
    }
}
