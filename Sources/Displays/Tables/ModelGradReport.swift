import Autodiff
import Foundation

/// What `GradTable(model:)` shows: every parameter with data and grad, a gradient norm per layer,
/// and plain-language warnings about layers whose gradients vanish or explode and ReLU units that
/// receive no gradient at all (dead units).
struct ModelGradReport {
    var parameters = TextTable(headers: ["parameter", "neuron", "data", "grad"], alignments: [.left, .left, .right, .right])
    var layers = TextTable(headers: ["layer", "activation", "parameters", "grad norm", "status"],
                           alignments: [.left, .left, .right, .right, .left])
    var flags: [String] = []

    /// Parameters listed one per row; a bigger model's table lists the first ones and counts the rest
    /// (the per-layer table summarises them all; a 537-parameter table was 260 KB of HTML).
    static let parameterRowLimit = 40
    private(set) var unlisted = 0

    /// Below this gradient norm a layer is said to be vanishing, above the other exploding.
    static let vanishingNorm = 1e-6
    static let explodingNorm = 1e3

    init(_ model: MLP) {
        for (l, layer) in model.layers.enumerated() {
            var sumSquares = 0.0
            var computed = true
            var dead: [Int] = []
            for (n, neuron) in layer.neurons.enumerated() {
                let params = neuron.parameters()
                for p in params {
                    sumSquares += p.grad * p.grad
                    computed = computed && p.gradComputed
                    guard parameters.rows.count < ModelGradReport.parameterRowLimit else { unlisted += 1; continue }
                    parameters.add([p.label, "layer \(l + 1) · neuron \(n + 1)", NumberFormat.short(p.data),
                                    p.gradComputed ? NumberFormat.short(p.grad) : "?"],
                                   color: p.gradComputed && p.grad == 0 ? HTMLTheme.problemTint : nil)
                }
                if layer.activation == .relu && params.allSatisfy({ $0.gradComputed && $0.grad == 0 }) {
                    dead.append(n + 1)
                }
            }
            let norm = sumSquares.squareRoot()
            var status = "ok"
            if !computed {
                status = "not yet computed"
            } else if norm < ModelGradReport.vanishingNorm {
                status = "vanishing"
                flags.append("Layer \(l + 1): gradient norm \(NumberFormat.short(norm)) — vanishing, its weights barely move.")
            } else if norm > ModelGradReport.explodingNorm || !norm.isFinite {
                status = "exploding"
                flags.append("Layer \(l + 1): gradient norm \(NumberFormat.short(norm)) — exploding, lower the learning rate or clip gradients.")
            }
            if !dead.isEmpty {
                let note = "\(dead.count) dead ReLU"
                status = status == "ok" ? note : status + "; " + note
                flags.append("Layer \(l + 1): ReLU neuron\(dead.count == 1 ? "" : "s") \(dead.map(String.init).joined(separator: ", ")) got zero gradient for every weight — dead for this input (its pre-activation is ≤ 0).")
            }
            layers.add(["layer \(l + 1)", layer.activation.rawValue, String(layer.nout * (layer.nin + 1)),
                        computed ? NumberFormat.short(norm) : "?", status],
                       color: status == "ok" ? nil : HTMLTheme.problemTint)
        }
        if unlisted > 0 {
            flags.append("\(NumberFormat.count(unlisted)) more parameters not listed (the per-layer table covers them all).")
        }
        if model.parameters().allSatisfy({ !$0.gradComputed }) {
            flags.append("Gradients are not yet computed: run backward() on a loss first.")
        }
    }
}
