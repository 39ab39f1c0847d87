import SwiftgradLang
import Autodiff

/// `mse`, `binaryCrossEntropy`, `hingeLoss`, `l2` as script functions.
enum LossBindings {
    /// Predictions: an array of Values (or numbers), or one Value.
    static func predictions(_ v: ScriptValue, _ what: String) throws -> [Node] { try Convert.nodes(v, what) }

    /// Targets: numbers, or one number.
    static func targets(_ v: ScriptValue, _ what: String) throws -> [Double] {
        if let d = v.asDouble { return [d] }
        return try Convert.doubles(v, what)
    }

    static func install(_ b: Binder) {
        let losses: [(String, String, ([Node], [Double]) -> Node)] = [
            ("mse", "The mean of (prediction − target)².", { mse($0, $1) }),
            ("binaryCrossEntropy", "The mean of −[t·log p + (1 − t)·log(1 − p)] for probabilities p in (0, 1).",
             { binaryCrossEntropy($0, $1) }),
            ("hingeLoss", "The mean of relu(1 − y·s) for scores s and labels y = ±1 (micrograd's moons loss).",
             { hingeLoss($0, $1) }),
        ]
        for (name, doc, f) in losses {
            b.function(name, signature: "\(name)(_ predictions: [Value] or Tensor, _ targets: [Double] or Tensor) -> Value or Tensor",
                       doc: doc) { args in
                if name != "hingeLoss", let t = try TensorFunctions.loss(name, args) { return t }
                let p = try predictions(args[0], "\(name)'s predictions")
                let t = try targets(args[1], "\(name)'s targets")
                guard p.count == t.count, !p.isEmpty else {
                    throw RuntimeError(.typeMismatch, "\(name): \(p.count) predictions but \(t.count) targets")
                }
                return ValueBinding.wrap(f(p, t))
            }
        }
        for name in ["l2", "l2Penalty"] {
            b.function(name, signature: "\(name)(_ params: [Value], alpha: Double) -> Value",
                       doc: "L2 regularisation: alpha · Σ p² over the parameters (a model or an array of Values).") { args in
                let params = try NNBindings.parameters(args[0], "\(name)'s parameters")
                return ValueBinding.wrap(l2Penalty(params, alpha: try Convert.double(args[1], "alpha")))
            }
        }
    }
}
