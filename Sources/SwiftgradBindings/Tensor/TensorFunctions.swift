import SwiftgradLang
import Autodiff

/// Global functions on tensors: `matmul`, `softmax`, `logSoftmax`, `crossEntropy(logits, labels:)`;
/// and the tensor forms of functions shared with scalar Values (`mse`, `binaryCrossEntropy`,
/// `gradient(at:of:)`, `valueWithGradient(at:of:)`, `zeroGrad`), which those bindings hand over here
/// when an argument is a Tensor. `relu(t)`, `tanh(t)`, `exp(t)`… reach the Tensor methods by name.
enum TensorFunctions {
    static func install(_ b: Binder) {
        b.function("matmul", signature: "matmul(_ a: Tensor, _ b: Tensor) -> Tensor",
                   doc: "The matrix product a · b (m×k times k×n is m×n; a vector operand is a row on the left, a column on the right).") { args in
            // Two Tensors (a training step's products) borrowed from the argument array.
            if args.count == 2, let x = TensorBinding.unretained(args.values[0]), let y = TensorBinding.unretained(args.values[1]) {
                return TensorBinding.wrap(try TensorConvert.run { try x._withUnsafeGuaranteedRef { x in
                    try y._withUnsafeGuaranteedRef { y in try Tensor.matmul(x, y) }
                } })
            }
            let x = try TensorConvert.operand(args[0], "matmul's first operand")
            let y = try TensorConvert.operand(args[1], "matmul's second operand")
            return TensorBinding.wrap(try TensorConvert.run { try Tensor.matmul(x, y) })
        }
        for (name, doc) in [("softmax", "Softmax along the last axis (each row sums to 1)."),
                            ("logSoftmax", "log(softmax(x)) along the last axis, computed stably.")] {
            b.function(name, signature: "\(name)(_ x: Tensor) -> Tensor", doc: doc) { args in
                let x = try TensorConvert.operand(args[0], "\(name)'s argument")
                return TensorBinding.wrap(try TensorConvert.run { name == "softmax" ? try x.softmax() : try x.logSoftmax() })
            }
        }
        b.function("crossEntropy", signature: "crossEntropy(_ logits: Tensor, labels: [Int]) -> Tensor",
                   doc: "The mean over rows of −log softmax(logits)[label]: logits are examples × classes, one class index per row.") { args in
            let logits = try TensorConvert.operand(args[0], "crossEntropy's logits")
            let labels: [Int]
            if let t = TensorBinding.tensor(args[1]) { labels = try Convert.labels(Convert.array(t.data), "crossEntropy's labels") } else {
                labels = try Convert.labels(args[1], "crossEntropy's labels")
            }
            return TensorBinding.wrap(try TensorConvert.run { try Tensor.crossEntropy(logits, labels: labels) })
        }
    }

    static func involvesTensor(_ values: [ScriptValue]) -> Bool { values.contains { TensorBinding.tensor($0) != nil } }

    /// `mse(p, t)` or `binaryCrossEntropy(p, t)` when either is a Tensor (the other may be an array).
    static func loss(_ name: String, _ args: Arguments) throws -> ScriptValue? {
        guard involvesTensor(args.values) else { return nil }
        let p = try TensorConvert.operand(args[0], "\(name)'s predictions")
        var t = try TensorConvert.operand(args[1], "\(name)'s targets")
        // [Double] targets against a column of predictions: the natural spelling of a lesson's y.
        if t.rank == 1, p.rank == 2, p.shape == [t.count, 1] { t = try TensorConvert.run { try t.reshaped([t.count, 1]) } }
        return TensorBinding.wrap(try TensorConvert.run {
            name == "mse" ? try Tensor.mse(p, t) : try Tensor.binaryCrossEntropy(p, t)
        })
    }

    /// `gradient(at: W) { W in … }` → Tensor, `gradient(at: W, b) { W, b in … }` → (Tensor, Tensor).
    static func gradient(_ name: String, _ args: Arguments, withValue: Bool) throws -> ScriptValue? {
        let points = args.values.enumerated().filter { i, v in
            (args.labels[i] == "at" || args.labels[i] == nil) && TensorBinding.tensor(v) != nil
        }.map { TensorBinding.tensor($0.element)! }
        guard !points.isEmpty else { return nil }
        let f = try args.named(name).closure()
        let result = try TensorConvert.run {
            try valueWithGradient(at: points) { leaves in
                let out = try args.runtime.call(f, leaves.map(TensorBinding.wrap))
                guard let t = TensorBinding.tensor(out) else {
                    throw RuntimeError(.typeMismatch, "\(name): the function must return a one-element Tensor, got \(out.typeName)")
                }
                return t
            }
        }
        let grads = result.gradient.map(TensorBinding.wrap)
        let g: ScriptValue = grads.count == 1 ? grads[0] : .tuple(grads)
        return withValue ? .tuple([.double(result.value), g], labels: ["value", "gradient"]) : g
    }
}
