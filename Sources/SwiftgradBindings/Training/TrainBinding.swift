import Foundation
import SwiftgradLang
import Autodiff
import Displays
import MimeBundle

/// `train(model, X, y, epochs:, lr:, loss:, batchSize:)`: plain SGD on the engine, a live progress
/// display updated in place (at most ~10 updates a second), then the loss curve below it; stops
/// within one batch of an interrupt.
enum TrainBinding {
    /// Seconds between progress updates.
    static let updateInterval = 0.1
    private static let counter = Counter()

    static func install(_ b: Binder) {
        b.function("train", labels: nil,
                   signature: "train(_ model: MLP, _ X: [[Double]], _ y: [Int], epochs: Int, lr: Double, loss: LossKind = .mse, batchSize: Int? = nil, progress: Bool = true, stop: Button? = nil, snapshots: Bool = false) -> [Double]",
                   doc: """
                   Trains the model with SGD and returns the loss of every epoch. loss: .mse, .binaryCrossEntropy or .hinge \
                   (labels 0/1 become −1/+1). Full batch unless batchSize is given (shuffled with the seeded generator). \
                   Shows a progress bar updated in place, then the loss curve (progress: false turns both off). \
                   lr: may be a Slider, read before every step; a stop: Button clicked while training runs ends it \
                   after the current step (the history so far is returned). snapshots: true returns a TrainingRun \
                   (its .losses, and every epoch's parameters) for explore(h).
                   """) { [weak interpreter = b.interpreter] args in
            let r = args.named("train")
            guard let model = NNBindings.mlp(try r.required(0, "model")) else { throw r.error("the first argument must be an MLP") }
            let X = try Convert.matrix(try r.required(1, "X"), "X")
            let y = try Convert.labels(try r.required(2, "y"), "y")
            guard X.count == y.count, !X.isEmpty else { throw r.error("X has \(X.count) rows but y has \(y.count) labels") }
            guard X.allSatisfy({ $0.count == model.nin }) else { throw r.error("every row of X needs \(model.nin) features") }
            let epochs = try r.int("epochs", default: 100)
            guard epochs >= 0, epochs <= 10_000_000 else { throw r.error("epochs must be between 0 and 10,000,000") }
            let lrSlider = r.labeled("lr").flatMap(WidgetBindings.widget)
            if let w = lrSlider, w.kind != .floatSlider { throw r.error("lr: must be a number or a Slider") }
            guard let lr = try lrSlider?.doubleValue ?? r.optionalDouble("lr") else { throw r.error("missing 'lr:'") }
            var stopButton: Widget?
            if let v = r.labeled("stop"), !v.isNil {
                guard let w = WidgetBindings.widget(v), w.kind == .button else { throw r.error("stop: must be a Button") }
                stopButton = w
            }
            let clicksBefore = stopButton?.clicks ?? 0
            let kind = try lossKind(r.labeled("loss"))
            var batchSize: Int?
            if let v = r.labeled("batchSize"), !v.isNil {
                guard let n = v.asInt, n > 0 else { throw r.error("batchSize must be a positive Int") }
                batchSize = n
            }
            let rt = args.runtime
            let display = try r.bool("progress", default: true) ? rt.host : nil
            // snapshots: true keeps every epoch's parameters, for explore(h).
            let keepSnapshots = try r.bool("snapshots", default: false)
            var snapshots: [[Double]] = []
            let id = "swiftgrad-train-\(counter.next())"
            var lastShown = -Double.infinity
            var shownAny = false
            let history = train(model, X, y, epochs: epochs, lr: lr, loss: kind, batchSize: batchSize, progress: { p in
                if keepSnapshots { snapshots.append(model.parameters().map { $0.data }) }
                guard let host = display else { return }
                if p.epoch == p.epochs || p.elapsed - lastShown >= updateInterval {
                    host.display(ProgressBar(p).mimeBundle, id: id, update: shownAny)
                    shownAny = true
                    lastShown = p.elapsed
                }
            }, shouldStop: {
                // A safe point: widget callbacks queued by the front end run here.
                rt.safePoint() || (interpreter?.interruptRequested ?? false) || (stopButton.map { $0.clicks > clicksBefore } ?? false)
            }, learningRate: lrSlider.map { w in { w.doubleValue } })
            if let e = interpreter?.memoryLimitError() { throw e }
            if interpreter?.interruptRequested ?? false { throw RuntimeError(.interrupted, "training was interrupted after \(history.count) epochs") }
            // The progress display stays, updated in place to its final "done" line; the loss curve is a
            // display of its own (display_data), which every front end shows — jupyter console ignores
            // update_display_data, so a curve sent as an update never reached it.
            if let host = display, !history.isEmpty {
                host.display(Plot.lossCurve(history).mimeBundle, id: nil, update: false)
            }
            if keepSnapshots {
                return ExploreBinding.wrap(TrainingRun(model: model, X: X, y: y, loss: kind, losses: history, snapshots: snapshots))
            }
            return Convert.array(history)
        }
    }

    static func lossKind(_ v: ScriptValue?) throws -> LossKind {
        guard let v else { return .mse }
        guard let name = v.implicitMemberName ?? v.asString else { throw RuntimeError(.typeMismatch, "loss must be .mse, .binaryCrossEntropy or .hinge") }
        switch name {
        case "mse": return .mse
        case "binaryCrossEntropy", "bce", "crossEntropy": return .binaryCrossEntropy
        case "hinge", "hingeLoss": return .hinge
        default: throw RuntimeError(.typeMismatch, "unknown loss .\(name): use .mse, .binaryCrossEntropy or .hinge")
        }
    }

    /// Display ids of successive train calls (thread-safe: several interpreters may train at once).
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
    }
}
