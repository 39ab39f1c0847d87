import Foundation
import SwiftgradLang
import Autodiff
import Displays
import MimeBundle

/// What `train(..., snapshots: true)` returns: the losses and every epoch's parameters.
final class TrainingRun {
    let model: MLP
    let X: [[Double]]
    let y: [Int]
    let loss: LossKind
    let losses: [Double]
    let snapshots: [[Double]]

    init(model: MLP, X: [[Double]], y: [Int], loss: LossKind, losses: [Double], snapshots: [[Double]]) {
        self.model = model; self.X = X; self.y = y; self.loss = loss; self.losses = losses; self.snapshots = snapshots
    }

    /// Runs `body` with the model's parameters as they were after `epoch` (1-based), then puts the
    /// trained ones back.
    func atEpoch<T>(_ epoch: Int, _ body: () -> T) -> T {
        let params = model.parameters()
        let trained = params.map { $0.data }
        let snapshot = snapshots[Swift.max(0, Swift.min(epoch, snapshots.count) - 1)]
        for (p, v) in zip(params, snapshot) { p.data = v }
        defer { for (p, v) in zip(params, trained) { p.data = v } }
        return body()
    }

    /// `explore`'s view at one epoch: the loss curve with a marker, the decision boundary (2-D data),
    /// and one example's loss with the per-layer gradient table it produces.
    func view(epoch: Int, example: Int) -> MimeBundle {
        let k = Swift.max(0, Swift.min(example, X.count - 1))
        return atEpoch(epoch) {
            var parts = [Plot.lossCurve(losses, marker: epoch).mimeBundle]
            if model.nin == 2 { parts.append(Plot.decisionBoundary(model, X, y).mimeBundle) }
            model.zeroGrad()
            let l = lossOf(model, X, y, indices: [k], kind: loss)
            l.backward()
            let inputs = X[k].map { String(($0 * 1000).rounded() / 1000) }.joined(separator: ", ")
            parts.append(MimeBundle(plain: "Epoch \(epoch) of \(losses.count): loss \(String(format: "%.4f", losses[epoch - 1])); "
                                    + "example \(k): x = [\(inputs)], label \(y[k]), its loss \(String(format: "%.4f", l.data))"))
            parts.append(GradTable(model: model).mimeBundle)
            return CombinedOutput.bundle(parts)
        }
    }
}

/// `explore(h)`: an epoch slider (and an example slider) moving every view of a training run together.
enum ExploreBinding {
    static let type: NativeType = {
        let t = NativeType(name: "TrainingRun", doc: "A training run with every epoch's parameters (train(..., snapshots: true)).")
        t.property("losses", doc: "The loss of every epoch.", get: { .arr(t.unwrap($0, as: TrainingRun.self).losses.map { .double($0) }) })
        t.property("count", doc: "How many epochs ran.", get: { .int(t.unwrap($0, as: TrainingRun.self).losses.count) })
        t.mimeBundle = { Plot.lossCurve(t.unwrap($0, as: TrainingRun.self).losses).mimeBundle }
        t.description = { Plot.lossCurve(t.unwrap($0, as: TrainingRun.self).losses).summary }
        return t
    }()
    private static let counter = TrainBinding.Counter()

    static func wrap(_ run: TrainingRun) -> ScriptValue { .native(type.wrap(run)) }

    static func install(_ b: Binder) {
        b.type(type)
        let interpreter = b.interpreter
        b.function("explore", signature: "explore(_ run: TrainingRun)",
                   doc: "One epoch slider moving the loss curve's marker, the decision boundary and one example's gradient table (an example slider picks it).") { args in
            guard let run = type.unwrap(args[0], as: TrainingRun.self), !run.losses.isEmpty else {
                throw RuntimeError(.typeMismatch, "explore needs the result of train(..., snapshots: true) with at least one epoch")
            }
            let rt = args.runtime
            let last = run.losses.count
            let epoch = Widget(kind: .intSlider, state: WidgetBindings.sliderState(
                "epoch", value: .int(last), lo: .int(1), hi: .int(Swift.max(last, 2)), step: .int(1), format: "d"),
                host: rt.host, interpreter: interpreter)
            let example = Widget(kind: .intSlider, state: WidgetBindings.sliderState(
                "example", value: .int(0), lo: .int(0), hi: .int(Swift.max(run.X.count - 1, 1)), step: .int(1), format: "d"),
                host: rt.host, interpreter: interpreter)
            let row = Widget.row([epoch, example], host: rt.host, interpreter: interpreter)
            rt.host?.display(row.mimeBundle, id: nil, update: false)
            let view = LiveDisplay(id: "swiftgrad-explore-\(counter.next())")
            func redraw(_ host: ScriptHost?) {
                view.show(run.view(epoch: Int(epoch.doubleValue), example: Int(example.doubleValue)), on: host)
            }
            redraw(rt.host)
            let handler = ScriptValue.function(NativeFunction(name: "explore-redraw", labels: nil) { a in
                redraw(a.runtime.host)
                return .void
            })
            epoch.changeHandlers.append(handler)
            example.changeHandlers.append(handler)
            return .void
        }
    }
}
