import Foundation
import SwiftgradLang
import Displays
import MimeBundle

/// `stepper(L)`: the backward pass node by node — back/next buttons and a step slider above one
/// view (graph with the current node in the focus colour, its local derivatives, the upstream
/// gradient and the running sums), redrawn in place. Without a front end it shows the first step.
enum StepperBinding {
    private static let counter = TrainBinding.Counter()

    static func install(_ b: Binder) {
        let interpreter = b.interpreter
        b.function("stepper", signature: "stepper(_ root: Value)",
                   doc: "Steps through the backward pass from `root` node by node (buttons and a slider), the same steps as trace(root).") { args in
            guard let root = ValueBinding.node(args[0]) else {
                throw RuntimeError(.typeMismatch, "stepper needs a Value, got \(args[0].typeName)")
            }
            let rt = args.runtime
            let stepper = BackwardStepper(root)
            let last = stepper.count - 1
            let slider = Widget(kind: .intSlider, state: WidgetBindings.sliderState(
                "step", value: .int(0), lo: .int(0), hi: .int(Swift.max(last, 1)), step: .int(1), format: "d"),
                host: rt.host, interpreter: interpreter)
            let back = Widget(kind: .button, state: [("description", .string("◀ back"))], host: rt.host, interpreter: interpreter)
            let next = Widget(kind: .button, state: [("description", .string("next ▶"))], host: rt.host, interpreter: interpreter)
            let row = Widget.row([back, next, slider], host: rt.host, interpreter: interpreter)
            if rt.host?.comms != nil { rt.host?.display(row.mimeBundle, id: nil, update: false) }
            let view = LiveDisplay(id: "swiftgrad-stepper-\(counter.next())")
            view.show(stepper.view(at: 0), on: rt.host)
            slider.changeHandlers.append(.function(NativeFunction(name: "stepper-redraw", labels: nil) { a in
                view.show(stepper.view(at: Int(slider.doubleValue)), on: a.runtime.host)
                return .void
            }))
            func move(_ by: Int) -> ScriptValue {
                .function(NativeFunction(name: "stepper-move", labels: nil) { _ in
                    let target = Swift.max(0, Swift.min(last, Int(slider.doubleValue) + by))
                    try WidgetBindings.setValue(slider, .int(target))
                    return .void
                })
            }
            back.clickHandlers.append(move(-1))
            next.clickHandlers.append(move(1))
            return .void
        }
    }
}
