import Foundation
import SwiftgradLang
import Autodiff

/// Global `relu(x)` and `sigmoid(x)` for numbers, Values and Duals (the language's own math
/// functions — `tanh`, `exp`, `log`, `sin`, `cos`, `abs`, `sqrt`, `pow` — already dispatch to a
/// native value's method of the same name).
enum ActivationFunctions {
    static func install(_ b: Binder) {
        let fns: [(String, (Double) -> Double, String)] = [
            ("relu", { $0 > 0 ? $0 : 0 }, "max(0, x) for a number, a Value or a Dual."),
            ("sigmoid", { 1 / (1 + Foundation.exp(-$0)) }, "1 / (1 + e^−x) for a number, a Value or a Dual."),
        ]
        for (name, f, doc) in fns {
            let tensorOp = UnaryOp(rawValue: name)
            b.function(name, signature: "\(name)(_ x: Value) -> Value", doc: doc) { args in
                let x = args[0]
                // A Tensor straight to its kernel (a training step's sigmoid(matmul(X, W) + b)).
                if let op = tensorOp, let t = TensorBinding.unretained(x) {
                    return TensorBinding.wrap(t._withUnsafeGuaranteedRef { $0.unary(op) })
                }
                if case let .native(n) = x, let m = n.type.methods[name] {
                    return try m.body(n, args)
                }
                guard let d = x.asDouble else {
                    throw RuntimeError(.typeMismatch, "\(name) needs a number or a Value, got \(x.typeName)")
                }
                return .double(f(d))
            }
        }
    }
}
