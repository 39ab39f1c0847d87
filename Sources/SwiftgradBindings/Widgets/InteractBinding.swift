import Foundation
import SwiftgradLang
import Displays
import MimeBundle

/// `interact(w, x, b) { w, x, b in ... }`: shows the controls, runs the closure with their values,
/// and whenever a control changes runs it again and replaces its output in place
/// (`update_display_data` on one display id): graphs, tables and printed text alike.
enum InteractBinding {
    private static let counter = TrainBinding.Counter()

    static func install(_ b: Binder) {
        b.function("interact", labels: nil, signature: "interact(_ controls: Slider..., _ body: (Value...) -> Any)",
                   doc: "Shows the controls and the closure's output, redrawn in place whenever a control changes.") { args in
            let r = args.named("interact")
            guard let body = r.positional.last, case .function = body else {
                throw r.error("the last argument must be a closure taking the controls' values")
            }
            let controls = try r.positional.dropLast().map { v -> Widget in
                guard let w = WidgetBindings.widget(v), w.kind != .button, w.kind != .output else {
                    throw r.error("every argument before the closure must be a Slider, IntSlider, Checkbox or Dropdown, got \(v.typeName)")
                }
                return w
            }
            guard !controls.isEmpty else { throw r.error("give at least one control") }
            let rt = args.runtime
            let view = InteractView(id: "swiftgrad-interact-\(counter.next())", controls: controls, body: body)
            for c in controls { rt.host?.display(c.mimeBundle, id: nil, update: false) }
            try view.render(rt)
            let redraw = ScriptValue.function(NativeFunction(name: "interact-redraw", labels: nil) { a in
                try view.render(a.runtime)
                return .void
            })
            for c in controls { c.changeHandlers.append(redraw) }
            return .void
        }
    }
}

/// A display that is replaced in place each time it is shown again (one display id).
class LiveDisplay {
    let id: String
    private var shown = false

    init(id: String) { self.id = id }

    func show(_ bundle: MimeBundle, on host: ScriptHost?) {
        host?.display(bundle, id: id, update: shown)
        shown = true
    }
}

/// One `interact` output: re-runs the closure and replaces the display.
final class InteractView: LiveDisplay {
    let controls: [Widget]
    let body: ScriptValue

    init(id: String, controls: [Widget], body: ScriptValue) {
        self.controls = controls
        self.body = body
        super.init(id: id)
    }

    func render(_ rt: Runtime) throws {
        let values = controls.map { $0.scriptValue }
        var bundle: MimeBundle
        do {
            bundle = CombinedOutput.bundle(try OutputCapture.run(in: rt) { try rt.call(body, values) })
        } catch let e as RuntimeError where e.kind == .interrupted {
            throw e
        } catch let e as RuntimeError {
            bundle = MimeBundle(plain: "\(e.kind): \(e.message)")
        }
        show(bundle, on: rt.host)
    }
}
