import Foundation
import SwiftgradLang
import Displays
import MimeBundle

/// The kernel side of one Jupyter widget (protocol 2.x, `@jupyter-widgets/controls` 2.0.0 models):
/// its model state, kept in sync with the front end over a comm on the `jupyter.widget` target,
/// and the script callbacks to run when the front end changes it. Without a front end (`swiftgrad
/// run`) it keeps its state locally. The state is read and written under a lock: the kernel's shell
/// thread applies front-end updates at once (so a running `train` sees a moved slider at its next
/// step), and script callbacks run on the script thread at a safe point.
final class Widget: @unchecked Sendable {
    enum Kind: String {
        case floatSlider = "FloatSlider", intSlider = "IntSlider", checkbox = "Checkbox"
        case dropdown = "Dropdown", button = "Button", output = "Output"
        /// A row of other widgets (`children`), for the controls of `stepper` and `explore`.
        case hbox = "HBox"
    }

    static let protocolVersion = "2.1.0"
    static let controlsVersion = "2.0.0"

    let kind: Kind
    /// The comm id, which is also the model id views refer to.
    private(set) var id: String
    private weak var comms: FrontendComms?
    private weak var interpreter: Interpreter?
    private let lock = NSLock()
    /// Model state in a fixed key order (the front end gets it whole on open and on request_state).
    private var state: [(String, JSONValue)]
    /// For a dropdown: the options its `index` picks from.
    let options: [String]
    /// For a row: the widgets in it (their snapshots make the row's).
    private(set) var children: [Widget] = []
    private var clickCount = 0
    /// Script closures (script thread only).
    var changeHandlers: [ScriptValue] = []
    var clickHandlers: [ScriptValue] = []
    /// Whether a callback job is already queued (a dragged slider sends many updates; the job reads
    /// the latest value, so one is enough).
    private var callbackQueued = false
    private var clicksQueued = 0

    init(kind: Kind, state: [(String, JSONValue)], options: [String] = [], host: ScriptHost?, interpreter: Interpreter?) {
        self.kind = kind
        self.options = options
        self.interpreter = interpreter
        let (module, version) = kind == .output ? ("@jupyter-widgets/output", "1.0.0") : ("@jupyter-widgets/controls", Widget.controlsVersion)
        self.state = [
            ("_model_module", .string(module)), ("_model_module_version", .string(version)),
            ("_model_name", .string(kind.rawValue + "Model")),
            ("_view_module", .string(module)), ("_view_module_version", .string(version)),
            ("_view_name", .string(kind.rawValue + "View")),
        ] + state
        id = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        if let comms = host?.comms {
            self.comms = comms
            id = comms.open(target: "jupyter.widget",
                            data: .object([("state", .object(self.state)), ("buffer_paths", .array([]))]),
                            metadata: .object([("version", .string(Widget.protocolVersion))]),
                            // The comm holds its widget, as a front end's model is alive as long as its
                            // comm: a stepper's buttons live on though no script variable holds them.
                            receive: { data in self.receive(data) })
        }
    }

    /// A row of widgets, shown as one view.
    static func row(_ children: [Widget], host: ScriptHost?, interpreter: Interpreter?) -> Widget {
        let row = Widget(kind: .hbox, state: [("children", .array(children.map { .string("IPY_MODEL_" + $0.id) })),
                                              ("box_style", .string(""))], host: host, interpreter: interpreter)
        row.children = children
        return row
    }

    // MARK: state

    subscript(key: String) -> JSONValue? {
        lock.withLock { state.first { $0.0 == key }?.1 }
    }

    /// Sets state from the script side and tells the front end.
    func set(_ changes: [(String, JSONValue)]) {
        lock.withLock { for (k, v) in changes { put(k, v) } }
        comms?.send(id, data: .object([("method", .string("update")), ("state", .object(changes)),
                                       ("buffer_paths", .array([]))]))
    }

    private func put(_ key: String, _ value: JSONValue) {
        if let i = state.firstIndex(where: { $0.0 == key }) { state[i].1 = value } else { state.append((key, value)) }
    }

    var clicks: Int { lock.withLock { clickCount } }

    // MARK: from the front end (called on the kernel's shell thread)

    private func receive(_ data: JSONValue) {
        guard case let .string(method)? = data["method"] else { return }
        switch method {
        case "update":
            guard case let .object(changes)? = data["state"] else { return }
            let watched = ["value", "index"]
            var changed = false
            lock.withLock {
                for (k, v) in changes where !k.hasPrefix("_") {
                    if watched.contains(k), self.state.first(where: { $0.0 == k })?.1 != v { changed = true }
                    put(k, v)
                }
            }
            if changed { queueCallbacks(clicked: false) }
        case "request_state":
            let full = lock.withLock { state }
            comms?.send(id, data: .object([("method", .string("update")), ("state", .object(full)),
                                           ("buffer_paths", .array([]))]))
        case "custom":
            if data["content"]?["event"] == .string("click") {
                lock.withLock { clickCount += 1 }
                queueCallbacks(clicked: true)
            }
        default:
            break
        }
    }

    /// Runs the script callbacks on the script thread (at the running cell's next safe point, or now
    /// when idle). Value changes coalesce; every click runs the click handlers once.
    private func queueCallbacks(clicked: Bool) {
        let schedule: Bool = lock.withLock {
            if clicked {
                clicksQueued += 1
                return clicksQueued == 1
            }
            if callbackQueued { return false }
            callbackQueued = true
            return true
        }
        guard schedule, let interpreter else { return }
        interpreter.schedule { [weak self] in try self?.runQueuedCallbacks() }
    }

    private func runQueuedCallbacks() throws {
        let (changed, clicks) = lock.withLock { () -> (Bool, Int) in
            defer { callbackQueued = false; clicksQueued = 0 }
            return (callbackQueued, clicksQueued)
        }
        guard let interpreter else { return }
        if changed { try WidgetCallbacks.run(changeHandlers, with: [scriptValue], in: interpreter.runtime) }
        for _ in 0..<clicks { try WidgetCallbacks.run(clickHandlers, with: [], in: interpreter.runtime) }
    }

    /// Runs the change handlers after the script set the value (on the script thread already).
    func valueChangedByScript() throws {
        guard let interpreter else { return }
        try WidgetCallbacks.run(changeHandlers, with: [scriptValue], in: interpreter.runtime)
    }

    // MARK: value

    /// The value as the script sees it.
    var scriptValue: ScriptValue {
        switch kind {
        case .floatSlider: return .double(doubleValue)
        case .intSlider: return .int(Int(doubleValue))
        case .checkbox:
            if case let .bool(b)? = self["value"] { return .bool(b) }
            return .bool(false)
        case .dropdown:
            guard let i = selectedIndex else { return .null }
            return .str(options[i])
        case .button: return .int(clicks)
        case .output, .hbox: return .void
        }
    }

    /// A slider's value (thread-safe; what a running `train` reads).
    var doubleValue: Double {
        switch self["value"] {
        case let .double(d)?: return d
        case let .int(i)?: return Double(i)
        default: return 0
        }
    }

    var selectedIndex: Int? {
        guard case let .int(i)? = self["index"], options.indices.contains(i) else { return nil }
        return i
    }

    var label: String { self["description"].flatMap { if case let .string(s) = $0 { return s } else { return nil } } ?? "" }

    // MARK: display

    /// The widget view, with a static snapshot of the current state for front ends without widgets.
    var mimeBundle: MimeBundle {
        var bundle = snapshot?.mimeBundle ?? MimeBundle(plain: kind.rawValue + "()")
        if kind == .hbox {
            let parts = children.compactMap { $0.snapshot }
            bundle = MimeBundle(data: [
                ("text/plain", .string(parts.map { $0.text }.joined(separator: "  "))),
                ("text/html", .string("<div style=\"\(HTMLTheme.colors)display:flex;gap:1em;align-items:center\">"
                    + parts.map { $0.html }.joined() + "</div>")),
            ])
        }
        if comms != nil {
            bundle.data.insert(("application/vnd.jupyter.widget-view+json", .object([
                ("version_major", .int(2)), ("version_minor", .int(1)), ("model_id", .string(id)),
            ])), at: 0)
        }
        return bundle
    }

    var snapshot: ControlSnapshot? {
        switch kind {
        case .floatSlider, .intSlider:
            func number(_ key: String) -> Double {
                switch self[key] {
                case let .double(d)?: return d
                case let .int(i)?: return Double(i)
                default: return 0
                }
            }
            return ControlSnapshot(label: label, kind: .slider(value: doubleValue, min: number("min"), max: number("max"),
                                                               step: number("step"), integer: kind == .intSlider))
        case .checkbox:
            if case let .bool(b) = scriptValue { return ControlSnapshot(label: label, kind: .checkbox(b)) }
            return nil
        case .dropdown: return ControlSnapshot(label: label, kind: .dropdown(options: options, selected: selectedIndex))
        case .button: return ControlSnapshot(label: label, kind: .button)
        case .output, .hbox: return nil
        }
    }
}

/// Calling the script closures a widget holds.
enum WidgetCallbacks {
    /// Calls each handler with `args`. An interrupt propagates (it stops the running cell); any other
    /// error is reported on stderr and the next handler still runs, so a broken callback cannot
    /// break the cell that happened to be running.
    static func run(_ handlers: [ScriptValue], with args: [ScriptValue], in runtime: Runtime) throws {
        for handler in handlers {
            do {
                // `{ v in ... }` gets the arguments, `{ ... }` none.
                var given = args
                if case let .function(f) = handler, let n = f.parameterCount, n < args.count { given = Array(args.prefix(n)) }
                _ = try runtime.call(handler, given)
            } catch let error as RuntimeError where error.kind == .interrupted {
                throw error
            } catch let error as RuntimeError {
                runtime.host?.write("widget callback failed: \(error.kind): \(error.message)\n", to: .stderr)
            } catch {
                runtime.host?.write("widget callback failed: \(error)\n", to: .stderr)
            }
        }
    }
}
