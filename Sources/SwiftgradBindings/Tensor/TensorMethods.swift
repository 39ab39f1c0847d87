import SwiftgradLang
import Autodiff

/// Tensor methods: backward, element-wise functions, reductions, reshaping, matmul.
enum TensorMethods {
    private static func this(_ n: NativeObject) -> Tensor { TensorBinding.this(n) }
    private static func wrap(_ t: Tensor) -> ScriptValue { TensorBinding.wrap(t) }

    static func install(_ t: NativeType) {
        t.method("backward", labels: [], signature: "backward()",
                 doc: "Back-propagates from this one-element tensor: every tensor with requiresGrad it depends on gets d(this)/d(tensor) in .grad.") { n, _ in
            try TensorConvert.run { try this(n).backward() }
            return .void
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Sets this tensor's grad to zeros.") { n, _ in
            this(n).zeroGrad(); return .void
        }
        let unary: [(String, UnaryOp, String)] = [
            ("relu", .relu, "max(0, x) element-wise; derivative 1 where x > 0, else 0."),
            ("sigmoid", .sigmoid, "1 / (1 + e^−x) element-wise; derivative σ(1 − σ)."),
            ("tanh", .tanh, "tanh element-wise; derivative 1 − tanh²."),
            ("exp", .exp, "e^x element-wise."),
            ("log", .log, "The natural logarithm element-wise; derivative 1/x."),
            ("abs", .abs, "|x| element-wise; derivative sign(x)."),
        ]
        for (name, op, doc) in unary {
            t.method(name, labels: [], signature: "\(name)() -> Tensor", doc: doc) { n, _ in wrap(this(n).unary(op)) }
        }
        t.method("sqrt", labels: [], signature: "sqrt() -> Tensor", doc: "x ** 0.5 element-wise.") { n, _ in wrap(this(n).pow(0.5)) }
        t.method("pow", labels: [nil], signature: "pow(_ exponent: Double) -> Tensor", doc: "x ** exponent element-wise.") { n, args in
            wrap(this(n).pow(try Convert.double(args[0], "exponent")))
        }
        t.method("softmax", labels: [], signature: "softmax() -> Tensor", doc: "Softmax along the last axis (each row sums to 1).") { n, _ in
            wrap(try TensorConvert.run { try this(n).softmax() })
        }
        t.method("logSoftmax", labels: [], signature: "logSoftmax() -> Tensor", doc: "log(softmax) along the last axis, computed stably.") { n, _ in
            wrap(try TensorConvert.run { try this(n).logSoftmax() })
        }
        let reductions: [(String, (Tensor) throws -> Tensor, (Tensor, Int) throws -> Tensor, String)] = [
            ("sum", { $0.sum() }, { try $0.sum(axis: $1) }, "The sum of all elements (a one-element tensor), or along `axis:` (that axis dropped)."),
            ("mean", { $0.mean() }, { try $0.mean(axis: $1) }, "The mean of all elements, or along `axis:`."),
            ("max", { try $0.max() }, { try $0.max(axis: $1) }, "The largest element, or the largest along `axis:`; the gradient goes to the (first) largest."),
        ]
        for (name, all, along, doc) in reductions {
            t.method(name, labels: nil, signature: "\(name)(axis: Int? = nil) -> Tensor", doc: doc) { n, args in
                // `dz.sum(axis: 0)` in a training step, without the general reader.
                if args.count == 1, let axis = args.values[0].asInt, args.labels[0] == "axis" {
                    return wrap(try TensorConvert.run { try along(this(n), axis) })
                }
                let r = args.named(name)
                guard let a = r.labeled("axis"), !a.isNil else {
                    guard args.count == 0 else { throw r.error("takes only 'axis:'") }
                    return wrap(try TensorConvert.run { try all(this(n)) })
                }
                guard let axis = a.asInt else { throw r.error("'axis:' must be an Int, got \(a.typeName)") }
                return wrap(try TensorConvert.run { try along(this(n), axis) })
            }
        }
        t.method("reshaped", labels: [nil], signature: "reshaped(_ shape: [Int]) -> Tensor",
                 doc: "The same elements in another shape; one dimension may be -1 (inferred).") { n, args in
            let s = try TensorConvert.shape(args[0], "the shape")
            return wrap(try TensorConvert.run { try this(n).reshaped(s) })
        }
        t.method("transposed", labels: [], signature: "transposed() -> Tensor", doc: "The transpose (same as .T).") { n, _ in
            wrap(try TensorConvert.run { try this(n).transposed() })
        }
        t.method("matmul", labels: [nil], signature: "matmul(_ other: Tensor) -> Tensor", doc: "The matrix product self · other.") { n, args in
            let b = try TensorConvert.operand(args[0], "matmul's operand")
            return wrap(try TensorConvert.run { try Tensor.matmul(this(n), b) })
        }
        t.method("detached", labels: [], signature: "detached() -> Tensor",
                 doc: "The same values as a new tensor outside the graph (no requiresGrad).") { n, _ in
            wrap(this(n).detached())
        }
    }
}
