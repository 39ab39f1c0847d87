import SwiftgradLang
import Autodiff

/// `Neuron`, `Layer` and `MLP` as script types.
enum NNBindings {
    static let neuronType: NativeType = makeNeuron()
    static let layerType: NativeType = makeLayer()
    static let mlpType: NativeType = makeMLP()

    static func mlp(_ v: ScriptValue) -> MLP? { mlpType.unwrap(v, as: MLP.self) }

    /// The parameters of a model, layer or neuron, or an array of Values given directly.
    static func parameters(_ v: ScriptValue, _ what: String) throws -> [Node] {
        if let m = mlpType.unwrap(v, as: MLP.self) { return m.parameters() }
        if let l = layerType.unwrap(v, as: Layer.self) { return l.parameters() }
        if let n = neuronType.unwrap(v, as: Neuron.self) { return n.parameters() }
        return try Convert.nodes(v, what)
    }

    static func install(_ b: Binder) {
        b.type(neuronType)
        b.type(layerType)
        b.type(mlpType)
    }

    private static let activationDoc = "activation: .relu, .tanh, .sigmoid or .linear"

    private static func makeNeuron() -> NativeType {
        let t = NativeType(name: "Neuron", doc: """
            One neuron: act(w · x + b), weights uniform(−1, 1) from the seeded generator, bias 0. \
            `Neuron(2, activation: .relu)`; call it on an input array; \(activationDoc).
            """)
        t.constructorSignature = "Neuron(_ nin: Int, activation: Activation = .relu)"
        t.constructor = { args in
            let r = ArgumentReader("Neuron", args)
            guard let nin = try r.required(0, "nin").asInt, nin >= 0 else { throw r.error("nin must be a non-negative Int") }
            let act = try Convert.activation(r.labeled("activation"), default: .relu)
            return .native(t.wrap(Neuron(nin, activation: act)))
        }
        t.callAsFunction = { n, args in
            let neuron = t.unwrap(n, as: Neuron.self)
            return ValueBinding.wrap(neuron(try ModelInput.nodes(args[0], expected: neuron.nin, "Neuron")))
        }
        t.property("weights", doc: "The weights w0, w1, …", get: { Convert.array(t.unwrap($0, as: Neuron.self).weights) })
        t.property("bias", doc: "The bias b.", get: { ValueBinding.wrap(t.unwrap($0, as: Neuron.self).bias) })
        t.property("activation", doc: "The activation's name.", get: { .str(t.unwrap($0, as: Neuron.self).activation.rawValue) })
        t.method("parameters", labels: [], signature: "parameters() -> [Value]", doc: "Weights then bias.") { n, _ in
            Convert.array(t.unwrap(n, as: Neuron.self).parameters())
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes the parameters' grads.") { n, _ in
            for p in t.unwrap(n, as: Neuron.self).parameters() { p.zeroGrad() }
            return .void
        }
        t.description = { n in
            let neuron = t.unwrap(n, as: Neuron.self)
            return "Neuron(\(neuron.nin) inputs, \(neuron.activation.rawValue))"
        }
        return t
    }

    private static func makeLayer() -> NativeType {
        let t = NativeType(name: "Layer", doc: "`Layer(nin, nout, activation: .relu)`: nout neurons on the same inputs; \(activationDoc).")
        t.constructorSignature = "Layer(_ nin: Int, _ nout: Int, activation: Activation = .relu)"
        t.constructor = { args in
            let r = ArgumentReader("Layer", args)
            guard let nin = try r.required(0, "nin").asInt, let nout = try r.required(1, "nout").asInt,
                  nin >= 0, nout >= 0 else { throw r.error("nin and nout must be non-negative Ints") }
            let act = try Convert.activation(r.labeled("activation"), default: .relu)
            return .native(t.wrap(Layer(nin, nout, activation: act)))
        }
        t.callAsFunction = { n, args in
            let layer = t.unwrap(n, as: Layer.self)
            return Convert.array(layer(try ModelInput.nodes(args[0], expected: layer.nin, "Layer")))
        }
        t.property("neurons", doc: "The neurons.", get: { n in
            .arr(t.unwrap(n, as: Layer.self).neurons.map { .native(neuronType.wrap($0)) })
        })
        t.property("nin", doc: "Inputs.", get: { .int(t.unwrap($0, as: Layer.self).nin) })
        t.property("nout", doc: "Outputs.", get: { .int(t.unwrap($0, as: Layer.self).nout) })
        t.method("parameters", labels: [], signature: "parameters() -> [Value]", doc: "All neurons' parameters.") { n, _ in
            Convert.array(t.unwrap(n, as: Layer.self).parameters())
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes the parameters' grads.") { n, _ in
            for p in t.unwrap(n, as: Layer.self).parameters() { p.zeroGrad() }
            return .void
        }
        t.description = { n in
            let l = t.unwrap(n, as: Layer.self)
            return "Layer(\(l.nin) → \(l.nout), \(l.activation.rawValue))"
        }
        return t
    }

    private static func makeMLP() -> NativeType {
        let t = NativeType(name: "MLP", doc: """
            A multi-layer perceptron: `MLP(2, [16, 16, 1])`. Hidden layers use `activation` (default .relu), \
            the last layer `outputActivation` (default .linear, as micrograd; seed 004 uses .relu everywhere). \
            `model(x)` on [Double] or [Value] returns a Value for one output, [Value] otherwise.
            """)
        t.constructorSignature = "MLP(_ nin: Int, _ sizes: [Int], activation: Activation = .relu, outputActivation: Activation = .linear)"
        t.constructor = { args in
            let r = ArgumentReader("MLP", args)
            guard let nin = try r.required(0, "nin").asInt, nin >= 0 else { throw r.error("nin must be a non-negative Int") }
            let sizes = try Convert.labels(try r.required(1, "sizes"), "sizes")
            guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw r.error("sizes must be positive layer widths") }
            let act = try Convert.activation(r.labeled("activation"), default: .relu)
            let out = try Convert.activation(r.labeled("outputActivation"), default: .linear)
            return .native(t.wrap(MLP(nin, sizes, activation: act, outputActivation: out)))
        }
        t.callAsFunction = { n, args in
            let model = t.unwrap(n, as: MLP.self)
            if let items = args[0].asArray, items.allSatisfy({ $0.asDouble != nil }), items.count == model.nin {
                return ModelInput.result(model(items.map { $0.asDouble! }))
            }
            return ModelInput.result(model(try ModelInput.nodes(args[0], expected: model.nin, "MLP")))
        }
        t.property("layers", doc: "The layers.", get: { n in
            .arr(t.unwrap(n, as: MLP.self).layers.map { .native(layerType.wrap($0)) })
        })
        t.property("nin", doc: "Inputs.", get: { .int(t.unwrap($0, as: MLP.self).nin) })
        t.property("parameterCount", doc: "Weights and biases.", get: { .int(t.unwrap($0, as: MLP.self).parameterCount) })
        t.method("parameters", labels: [], signature: "parameters() -> [Value]", doc: "All weights and biases, layer by layer.") { n, _ in
            Convert.array(t.unwrap(n, as: MLP.self).parameters())
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes every parameter's grad.") { n, _ in
            t.unwrap(n, as: MLP.self).zeroGrad(); return .void
        }
        t.description = { t.unwrap($0, as: MLP.self).description }
        return t
    }
}
