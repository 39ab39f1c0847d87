import SwiftgradLang
import Autodiff

/// `Linear(nin, nout)` and `Sequential(...)` as script types: models on tensors (a batch of rows in,
/// a batch of rows out). New names, so the scalar `Neuron`/`Layer`/`MLP` keep theirs.
enum TensorNNBindings {
    static let linearType: NativeType = makeLinear()
    static let sequentialType: NativeType = makeSequential()

    static func install(_ b: Binder) {
        b.type(linearType)
        b.type(sequentialType)
    }

    /// The tensor parameters of a Linear, a Sequential, a Tensor or an array of Tensors; nil when
    /// `v` holds none of these (the caller then tries scalar parameters).
    static func parameters(_ v: ScriptValue) -> [Tensor]? {
        if let l = linearType.unwrap(v, as: Linear.self) { return l.parameters() }
        if let s = sequentialType.unwrap(v, as: Sequential.self) { return s.parameters() }
        if let t = TensorBinding.tensor(v) { return [t] }
        if let items = v.asArray, !items.isEmpty {
            let ts = items.compactMap(TensorBinding.tensor)
            return ts.count == items.count ? ts : nil
        }
        return nil
    }

    private static func input(_ v: ScriptValue, _ what: String) throws -> Tensor {
        try TensorConvert.operand(v, "\(what)'s input")
    }

    private static func makeLinear() -> NativeType {
        let t = NativeType(name: "Linear", doc: """
            A fully connected layer on tensors: `Linear(2, 4)` maps a batch [n, 2] to [n, 4] as x·W + b. \
            `weight` is [nin, nout] (uniform in ±1/√nin from the seeded generator), `bias` [nout] (zeros); \
            both require gradients.
            """)
        t.constructorSignature = "Linear(_ nin: Int, _ nout: Int)"
        t.constructor = { args in
            let r = args.named("Linear")
            guard let nin = try r.required(0, "nin").asInt, let nout = try r.required(1, "nout").asInt else {
                throw r.error("nin and nout must be Ints")
            }
            return .native(t.wrap(try TensorConvert.run { try Linear(nin, nout) }))
        }
        t.callAsFunction = { n, args in
            let l = t.unwrap(n, as: Linear.self)
            let x = try input(args[0], "Linear")
            return TensorBinding.wrap(try TensorConvert.run { try l(x) })
        }
        t.property("weight", doc: "The weights, [nin, nout].", get: { TensorBinding.wrap(t.unwrap($0, as: Linear.self).weight) })
        t.property("bias", doc: "The biases, [nout].", get: { TensorBinding.wrap(t.unwrap($0, as: Linear.self).bias) })
        t.property("nin", doc: "Inputs.", get: { .int(t.unwrap($0, as: Linear.self).nin) })
        t.property("nout", doc: "Outputs.", get: { .int(t.unwrap($0, as: Linear.self).nout) })
        t.method("parameters", labels: [], signature: "parameters() -> [Tensor]", doc: "[weight, bias].") { n, _ in
            .arr(t.unwrap(n, as: Linear.self).parameters().map(TensorBinding.wrap))
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes the parameters' grads.") { n, _ in
            for p in t.unwrap(n, as: Linear.self).parameters() { p.zeroGrad() }
            return .void
        }
        t.description = { n in let l = t.unwrap(n, as: Linear.self); return "Linear(\(l.nin), \(l.nout))" }
        return t
    }

    private static func makeSequential() -> NativeType {
        let t = NativeType(name: "Sequential", doc: """
            Layers applied in order: `Sequential(Linear(2, 16), .relu, Linear(16, 1), .sigmoid)`. Each step is a \
            Linear, an activation (.relu, .tanh, .sigmoid) or a function from Tensor to Tensor.
            """)
        t.constructorSignature = "Sequential(_ steps: Linear or Activation or ((Tensor) -> Tensor)...)"
        t.constructor = { args in
            let r = args.named("Sequential")
            var steps: [Sequential.Step] = []
            let runtime = args.runtime
            for v in r.positional {
                if let l = linearType.unwrap(v, as: Linear.self) { steps.append(.linear(l)); continue }
                if let name = v.implicitMemberName ?? v.asString {
                    guard let op = UnaryOp(rawValue: name), [.relu, .tanh, .sigmoid].contains(op) else {
                        throw r.error("activation must be .relu, .tanh or .sigmoid, got .\(name)")
                    }
                    steps.append(.activation(op))
                    continue
                }
                if case .function = v {
                    steps.append(.function("function", { [unowned runtime] x in
                        let out = try runtime.call(v, [TensorBinding.wrap(x)])
                        guard let y = TensorBinding.tensor(out) else {
                            throw RuntimeError(.typeMismatch, "Sequential: a function step must return a Tensor, got \(out.typeName)")
                        }
                        return y
                    }))
                    continue
                }
                throw r.error("each step must be a Linear, an activation or a function, got \(v.typeName)")
            }
            return .native(t.wrap(Sequential(steps)))
        }
        t.callAsFunction = { n, args in
            let s = t.unwrap(n, as: Sequential.self)
            let x = try input(args[0], "Sequential")
            return TensorBinding.wrap(try TensorConvert.run { try s(x) })
        }
        t.property("layers", doc: "The Linear layers, in order.", get: { n in
            .arr(t.unwrap(n, as: Sequential.self).steps.compactMap { step -> ScriptValue? in
                if case let .linear(l) = step { return .native(linearType.wrap(l)) }
                return nil
            })
        })
        t.method("parameters", labels: [], signature: "parameters() -> [Tensor]", doc: "Every Linear's weight and bias, in order.") { n, _ in
            .arr(t.unwrap(n, as: Sequential.self).parameters().map(TensorBinding.wrap))
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes every parameter's grad.") { n, _ in
            for p in t.unwrap(n, as: Sequential.self).parameters() { p.zeroGrad() }
            return .void
        }
        t.description = { t.unwrap($0, as: Sequential.self).description }
        return t
    }
}
