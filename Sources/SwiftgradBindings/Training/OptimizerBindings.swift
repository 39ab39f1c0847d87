import SwiftgradLang
import Autodiff

/// `SGD`, `Adam` and `clipGradNorm` as script API.
enum OptimizerBindings {
    static let sgdType: NativeType = makeSGD()
    static let adamType: NativeType = makeAdam()

    static func install(_ b: Binder) {
        b.type(sgdType)
        b.type(adamType)
        b.function("clipGradNorm", labels: [nil, "maxNorm"], signature: "clipGradNorm(_ params: [Value], maxNorm: Double) -> Double",
                   doc: "Scales the grads down so their global L2 norm is at most maxNorm; returns the norm before clipping.") { args in
            let params = try NNBindings.parameters(args[0], "clipGradNorm's parameters")
            return .double(clipGradNorm(params, maxNorm: try Convert.double(args[1], "maxNorm")))
        }
    }

    private static func makeSGD() -> NativeType {
        let t = NativeType(name: "SGD", doc: "Stochastic gradient descent: `SGD(model.parameters(), lr: 0.1, momentum: 0.9)`; `step()` does p.data -= lr · p.grad (with momentum if given).")
        t.constructorSignature = "SGD(_ params: [Value], lr: Double, momentum: Double = 0)"
        t.constructor = { args in
            let r = ArgumentReader("SGD", args)
            let params = try NNBindings.parameters(try r.required(0, "params"), "SGD's parameters")
            guard let lr = try r.optionalDouble("lr") else { throw r.error("missing 'lr:'") }
            return .native(t.wrap(SGD(params, lr: lr, momentum: try r.double("momentum", default: 0))))
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
            return "SGD(\(o.params.count) parameters, lr: \(o.lr), momentum: \(o.momentum))"
        }
        return t
    }

    private static func makeAdam() -> NativeType {
        let t = NativeType(name: "Adam", doc: "Adam: `Adam(model.parameters(), lr: 0.01)`; `step()` and `zeroGrad()`.")
        t.constructorSignature = "Adam(_ params: [Value], lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8)"
        t.constructor = { args in
            let r = ArgumentReader("Adam", args)
            let params = try NNBindings.parameters(try r.required(0, "params"), "Adam's parameters")
            return .native(t.wrap(Adam(params, lr: try r.double("lr", default: 0.001),
                                       beta1: try r.double("beta1", default: 0.9),
                                       beta2: try r.double("beta2", default: 0.999),
                                       eps: try r.double("eps", default: 1e-8))))
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
        t.description = { n in "Adam(\(t.unwrap(n, as: Adam.self).params.count) parameters, lr: \(t.unwrap(n, as: Adam.self).lr))" }
        return t
    }
}
