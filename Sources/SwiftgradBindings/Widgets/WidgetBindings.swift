import Foundation
import SwiftgradLang
import Displays
import MimeBundle

/// The widgets as script types: `Slider`, `IntSlider`, `Checkbox`, `Dropdown`, `Button`, `Output`.
/// A widget shows as a cell's value or with `display(w)`; `.value` reads the latest value the front
/// end sent and assigning it updates the front end; `onChange { v in ... }` runs on every change.
enum WidgetBindings {
    /// The widget types by kind. (A list: a dictionary keyed by `Widget.Kind` cost start-up a scan of
    /// every protocol conformance in the binary for the key's `Hashable`, callgrind.)
    static let types = TypesByKind(kinds: [.floatSlider, .intSlider, .checkbox, .dropdown, .button, .output, .hbox])

    struct TypesByKind {
        let entries: [(kind: Widget.Kind, type: NativeType)]
        init(kinds: [Widget.Kind]) { entries = kinds.map { ($0, makeType($0)) } }
        subscript(kind: Widget.Kind) -> NativeType? { entries.first { $0.kind == kind }?.type }
    }

    static func scriptName(_ kind: Widget.Kind) -> String { kind == .floatSlider ? "Slider" : kind.rawValue }

    /// The widget inside a script value, if it is one.
    static func widget(_ v: ScriptValue) -> Widget? {
        guard case let .native(n) = v, let w = n.anyPayload as? Widget else { return nil }
        return w
    }

    static func wrap(_ w: Widget) -> ScriptValue { .native(types[w.kind]!.wrap(w)) }

    private static func makeType(_ kind: Widget.Kind) -> NativeType {
        let t = NativeType(name: scriptName(kind), doc: doc(kind))
        t.mimeBundle = { t.unwrap($0, as: Widget.self).mimeBundle }
        t.description = { t.unwrap($0, as: Widget.self).snapshot?.text ?? "Output()" }
        t.property("label", doc: "The label shown beside the control.", get: { .str(t.unwrap($0, as: Widget.self).label) },
                   set: { n, v in t.unwrap(n, as: Widget.self).set([("description", .string(try v.string()))]) })
        switch kind {
        case .button:
            t.property("clicks", doc: "How many times the button was clicked.", get: { .int(t.unwrap($0, as: Widget.self).clicks) })
            t.method("onClick", labels: [nil], signature: "onClick(_ action: () -> Void)", doc: "Runs `action` on every click.") { n, args in
                t.unwrap(n, as: Widget.self).clickHandlers.append(args[0])
                return .void
            }
        case .output:
            OutputWidget.install(on: t)
        case .hbox:
            break
        default:
            t.property("value", doc: "The current value (the front end's latest).", get: { t.unwrap($0, as: Widget.self).scriptValue },
                       set: { n, v in try setValue(t.unwrap(n, as: Widget.self), v) })
            t.method("onChange", labels: [nil], signature: "onChange(_ action: (Value) -> Void)",
                     doc: "Runs `action` with the new value whenever the value changes.") { n, args in
                t.unwrap(n, as: Widget.self).changeHandlers.append(args[0])
                return .void
            }
        }
        return t
    }

    private static func doc(_ kind: Widget.Kind) -> String {
        switch kind {
        case .floatSlider: return "A slider for a Double: Slider(\"w\", in: -3...3, value: 2, step: 0.01)."
        case .intSlider: return "A slider for an Int: IntSlider(\"n\", in: 1...10, value: 3)."
        case .checkbox: return "A checkbox: Checkbox(\"relu\", value: true)."
        case .dropdown: return "A choice among strings: Dropdown(\"activation\", options: [\"tanh\", \"relu\"])."
        case .button: return "A button: Button(\"Stop\"); .clicks counts clicks, onClick { } runs on each."
        case .output: return "An area other cells and callbacks can write into: out.display(x), out.clear()."
        case .hbox: return "A row of widgets."
        }
    }

    /// Assigning `.value` from a script: checked, sent to the front end, change handlers run.
    static func setValue(_ w: Widget, _ v: ScriptValue) throws {
        let old = w.scriptValue
        switch w.kind {
        case .floatSlider:
            guard let x = v.asDouble else { throw RuntimeError(.typeMismatch, "a Slider's value is a Double, got \(v.typeName)") }
            w.set([("value", .double(x))])
        case .intSlider:
            guard let x = v.asInt else { throw RuntimeError(.typeMismatch, "an IntSlider's value is an Int, got \(v.typeName)") }
            w.set([("value", .int(x))])
        case .checkbox:
            guard let x = v.asBool else { throw RuntimeError(.typeMismatch, "a Checkbox's value is a Bool, got \(v.typeName)") }
            w.set([("value", .bool(x))])
        case .dropdown:
            guard let s = v.asString, let i = w.options.firstIndex(of: s) else {
                throw RuntimeError(.valueError, "\(v.description) is not one of the options \(w.options)")
            }
            w.set([("index", .int(i))])
        case .button, .output, .hbox:
            throw RuntimeError(.typeMismatch, "a \(scriptName(w.kind)) has no value to set")
        }
        if !old.isEqual(to: w.scriptValue) { try w.valueChangedByScript() }
    }

    static func install(_ b: Binder) {
        let interpreter = b.interpreter
        func make(_ kind: Widget.Kind, _ rt: Runtime, _ state: [(String, JSONValue)], options: [String] = []) -> ScriptValue {
            wrap(Widget(kind: kind, state: state, options: options, host: rt.host, interpreter: interpreter))
        }
        types[.floatSlider]!.constructorSignature = "Slider(_ label: String, in range: ClosedRange<Double>, value: Double? = nil, step: Double = 0.01)"
        types[.floatSlider]!.constructor = { args in
            let r = args.named("Slider")
            let label = try labelArgument(r)
            let (lo, hi) = try rangeArgument(r)
            let step = try r.double("step", default: 0.01)
            guard step > 0 else { throw r.error("step must be positive") }
            let value = try r.optionalDouble("value") ?? lo
            guard value >= lo, value <= hi else { throw r.error("value \(value) is outside \(lo)...\(hi)") }
            return make(.floatSlider, args.runtime, sliderState(label, value: .double(value), lo: .double(lo), hi: .double(hi),
                                                                 step: .double(step), format: ".2f"))
        }
        types[.intSlider]!.constructorSignature = "IntSlider(_ label: String, in range: ClosedRange<Int>, value: Int? = nil, step: Int = 1)"
        types[.intSlider]!.constructor = { args in
            let r = args.named("IntSlider")
            let label = try labelArgument(r)
            let (lo, hi) = try rangeArgument(r)
            guard lo == lo.rounded(), hi == hi.rounded() else { throw r.error("the range must be of Ints") }
            let step = try r.int("step", default: 1)
            guard step > 0 else { throw r.error("step must be positive") }
            let value = try r.labeled("value").map { v -> Int in
                guard let i = v.asInt else { throw r.error("value must be an Int") }
                return i
            } ?? Int(lo)
            guard Double(value) >= lo, Double(value) <= hi else { throw r.error("value \(value) is outside \(Int(lo))...\(Int(hi))") }
            return make(.intSlider, args.runtime, sliderState(label, value: .int(value), lo: .int(Int(lo)), hi: .int(Int(hi)),
                                                               step: .int(step), format: "d"))
        }
        types[.checkbox]!.constructorSignature = "Checkbox(_ label: String, value: Bool = false)"
        types[.checkbox]!.constructor = { args in
            let r = args.named("Checkbox")
            return make(.checkbox, args.runtime, [
                ("description", .string(try labelArgument(r))), ("value", .bool(try r.bool("value", default: false))),
                ("indent", .bool(false)), ("disabled", .bool(false)),
            ])
        }
        types[.dropdown]!.constructorSignature = "Dropdown(_ label: String, options: [String], value: String? = nil)"
        types[.dropdown]!.constructor = { args in
            let r = args.named("Dropdown")
            let label = try labelArgument(r)
            guard let raw = r.labeled("options"), let options = try? raw.array().map({ try $0.string() }), !options.isEmpty else {
                throw r.error("options: must be a non-empty array of Strings")
            }
            var index = 0
            if let v = r.labeled("value"), !v.isNil {
                guard let s = v.asString, let i = options.firstIndex(of: s) else { throw r.error("value must be one of the options") }
                index = i
            }
            return make(.dropdown, args.runtime, [
                ("description", .string(label)), ("_options_labels", .array(options.map { .string($0) })),
                ("index", .int(index)), ("disabled", .bool(false)),
            ], options: options)
        }
        types[.button]!.constructorSignature = "Button(_ label: String)"
        types[.button]!.constructor = { args in
            let r = args.named("Button")
            return make(.button, args.runtime, [
                ("description", .string(try labelArgument(r))), ("button_style", .string("")), ("icon", .string("")),
                ("tooltip", .null), ("disabled", .bool(false)),
            ])
        }
        types[.output]!.constructorSignature = "Output()"
        types[.output]!.constructor = { args in
            make(.output, args.runtime, [("msg_id", .string("")), ("outputs", .array([]))])
        }
        // Registered once the constructors are set (registration copies them).
        for (kind, t) in types.entries where kind != .hbox { b.type(t) }
        InteractBinding.install(b)
        StepperBinding.install(b)
        QuizBinding.install(b)
        ExploreBinding.install(b)
    }

    static func sliderState(_ label: String, value: JSONValue, lo: JSONValue, hi: JSONValue, step: JSONValue,
                                    format: String) -> [(String, JSONValue)] {
        [("description", .string(label)), ("value", value), ("min", lo), ("max", hi), ("step", step),
         ("orientation", .string("horizontal")), ("readout", .bool(true)), ("readout_format", .string(format)),
         ("continuous_update", .bool(true)), ("disabled", .bool(false)), ("behavior", .string("drag-tap"))]
    }

    private static func labelArgument(_ r: Arguments.Named) throws -> String {
        guard let v = r.value(0, label: "label") else { return "" }
        guard let s = v.asString else { throw r.error("the label must be a String, got \(v.typeName)") }
        return s
    }

    /// `in: lo...hi` as two numbers.
    private static func rangeArgument(_ r: Arguments.Named) throws -> (Double, Double) {
        guard let v = r.labeled("in") else { throw r.error("missing 'in:' (a range such as 0...1)") }
        guard case let .range(range) = v, let lo = range.lower.asDouble, let hi = range.upper.asDouble else {
            throw r.error("'in:' must be a range such as -3...3, got \(v.typeName)")
        }
        guard lo < hi else { throw r.error("the range \(lo)...\(hi) is empty") }
        return (lo, hi)
    }
}
