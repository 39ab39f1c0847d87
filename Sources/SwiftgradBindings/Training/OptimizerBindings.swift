import SwiftgradLang
import Autodiff

/// `SGD`, `Adam` and `clipGradNorm` as script API.
enum OptimizerBindings {
    static let sgdType: NativeType = makeSGD()
    static let adamType: NativeType = makeAdam()

    static func install(_ b: Binder) {
        b.type(sgdType)
        b.type(adamType)
        b.function("clipGradNorm", signature: "clipGradNorm(_ params: [Value] or [Tensor] or a model, maxNorm: Double) -> Double",
                   doc: "Scales the grads down so their global L2 norm is at most maxNorm; returns the norm before clipping.") { args in
            let maxNorm = try Convert.double(args[1], "maxNorm")
            if let tensors = TensorNNBindings.parameters(args[0]) { return .double(clipGradNorm(tensors, maxNorm: maxNorm)) }
            let params = try NNBindings.parameters(args[0], "clipGradNorm's parameters")
            return .double(clipGradNorm(params, maxNorm: maxNorm))
        }
    }

    private static func makeSGD() -> NativeType {
        let t = NativeType(name: "SGD", doc: "Stochastic gradient descent: `SGD(model.parameters(), lr: 0.1, momentum: 0.9)`; `step()` does p.data -= lr · p.grad (with momentum if given).")
        t.constructorSignature = "SGD(_ params: [Value] or [Tensor] or a model, lr: Double, momentum: Double = 0)"
        t.constructor = { args in
            let r = args.named("SGD")
            let given = try r.required(0, "params")
            guard let lr = try r.optionalDouble("lr") else { throw r.error("missing 'lr:'") }
            let momentum = try r.double("momentum", default: 0)
            if let tensors = TensorNNBindings.parameters(given) { return .native(t.wrap(SGD(tensors: tensors, lr: lr, momentum: momentum))) }
            let params = try NNBindings.parameters(given, "SGD's parameters")
            return .native(t.wrap(SGD(params, lr: lr, momentum: momentum)))
        }
        t.method("step", labels: [], signature: "step()", doc: "Updates every parameter from its grad.") { n, _ in
            t.unwrap(n, as: SGD.self).step(); return .void
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes every parameter's grad.") { n, _ in
            t.unwrap(n, as: SGD.self).zeroGrad(); return .void
        }
        t.property("lr", doc: "The learning rate (settable, e.g. for a schedule).",
                   get: { .double(t.unwrap($0, as: SGD.self).lr) },
                   set: { t.unwrap($0, as: SGD.self).lr = try Convert.double($1, "lr") })
        t.description = { n in
            let o = t.unwrap(n, as: SGD.self)
            let what = o.tensors.isEmpty ? "\(o.params.count) parameters" : "\(o.tensors.count) tensors"
            return "SGD(\(what), lr: \(o.lr), momentum: \(o.momentum))"
        }
        return t
    }

    private static func makeAdam() -> NativeType {
        let t = NativeType(name: "Adam", doc: "Adam: `Adam(model.parameters(), lr: 0.01)`; `step()` and `zeroGrad()`.")
        t.constructorSignature = "Adam(_ params: [Value] or [Tensor] or a model, lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8)"
        t.constructor = { args in
            let r = args.named("Adam")
            let given = try r.required(0, "params")
            let lr = try r.double("lr", default: 0.001), beta1 = try r.double("beta1", default: 0.9)
            let beta2 = try r.double("beta2", default: 0.999), eps = try r.double("eps", default: 1e-8)
            if let tensors = TensorNNBindings.parameters(given) {
                return .native(t.wrap(Adam(tensors: tensors, lr: lr, beta1: beta1, beta2: beta2, eps: eps)))
            }
            let params = try NNBindings.parameters(given, "Adam's parameters")
            return .native(t.wrap(Adam(params, lr: lr, beta1: beta1, beta2: beta2, eps: eps)))
        }
        t.method("step", labels: [], signature: "step()", doc: "Updates every parameter.") { n, _ in
            t.unwrap(n, as: Adam.self).step(); return .void
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes every parameter's grad.") { n, _ in
            t.unwrap(n, as: Adam.self).zeroGrad(); return .void
        }
        t.property("lr", doc: "The learning rate (settable).",
                   get: { .double(t.unwrap($0, as: Adam.self).lr) },
                   set: { t.unwrap($0, as: Adam.self).lr = try Convert.double($1, "lr") })
        t.description = { n in
            let o = t.unwrap(n, as: Adam.self)
            return "Adam(" + (o.tensors.isEmpty ? "\(o.params.count) parameters" : "\(o.tensors.count) tensors") + ", lr: \(o.lr))"
        }
        return t
    }
}
