import SwiftgradLang
import Autodiff

/// Whole-graph helpers: `zeroGrad(x)` for a graph, a model or an array of Values, and
/// `topologicalOrder(v)`.
enum GraphFunctions {
    static func install(_ b: Binder) {
        b.function("zeroGrad", signature: "zeroGrad(_ x: Value or Tensor or MLP or [Value])",
                   doc: "Sets to 0 the grad of every node `x` depends on (a Value), of a model's parameters, or of each Value in an array.") { args in
            if let root = ValueBinding.node(args[0]) { zeroGrad(graphOf: root); return .void }
            if let root = TensorBinding.tensor(args[0]) { Tensor.zeroGrad(graphOf: root); return .void }
            if let tensors = TensorNNBindings.parameters(args[0]) { for t in tensors { t.zeroGrad() }; return .void }
            for p in try NNBindings.parameters(args[0], "zeroGrad's argument") { p.zeroGrad() }
            return .void
        }
        b.function("topologicalOrder", signature: "topologicalOrder(_ root: Value) -> [Value]",
                   doc: "Every node `root` depends on, each once, parents before children (backward runs it reversed).") { args in
            guard let root = ValueBinding.node(args[0]) else {
                throw RuntimeError(.typeMismatch, "topologicalOrder needs a Value, got \(args[0].typeName)")
            }
            return Convert.array(topologicalOrder(from: root))
        }
    }
}
