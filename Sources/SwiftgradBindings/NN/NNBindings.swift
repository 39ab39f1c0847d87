import SwiftgradLang
import Autodiff

/// `Neuron`, `Layer` and `MLP` as script types.
enum NNBindings {
    static let neuronType: NativeType = makeNeuron()
    static let layerType: NativeType = makeLayer()
    static let mlpType: NativeType = makeMLP()

    static func mlp(_ v: ScriptValue) -> MLP? { mlpType.unwrap(v, as: Model<MLP>.self)?.engine }

    /// The parameters of a model, layer or neuron, or an array of Values given directly.
    static func parameters(_ v: ScriptValue, _ what: String) throws -> [Node] {
        if let m = mlpType.unwrap(v, as: Model<MLP>.self) { return m.engine.parameters() }
        if let l = layerType.unwrap(v, as: Model<Layer>.self) { return l.engine.parameters() }
        if let n = neuronType.unwrap(v, as: Model<Neuron>.self) { return n.engine.parameters() }
        return try Convert.nodes(v, what)
    }

    /// A neuron, layer or MLP as a script object: the engine's model, and its parameters boxed as
    /// script Values once. A training loop asks for `model.parameters()` every step (twice in the
    /// moons demo); boxing its 337 nodes anew each time was a native object per parameter per call.
    /// The parameters of a model never change (its weights are constants of the model).
    final class Model<M> {
        let engine: M
        private let nodes: (M) -> [Node]
        private var boxes: [ScriptValue]?
        /// An MLP's layers or a layer's neurons as script objects, made once (so that
        /// `model.layers[0] === model.layers[0]` and their parameter boxes are kept too).
        private var partObjects: [ScriptValue]?

        init(_ engine: M, parameters: @escaping (M) -> [Node]) {
            self.engine = engine
            self.nodes = parameters
        }

        /// `[Value]`: a new array (arrays are values) of the same boxes every time.
        var parameters: ScriptValue {
            if let boxes { return .arr(boxes) }
            let made = nodes(engine).map { ValueBinding.wrap($0) }
            boxes = made
            return .arr(made)
        }

        func parts(_ make: (M) -> [ScriptValue]) -> ScriptValue {
            if let partObjects { return .arr(partObjects) }
            let made = make(engine)
            partObjects = made
            return .arr(made)
        }
    }

    static func object(_ neuron: Neuron) -> ScriptValue { .native(neuronType.wrap(Model(neuron, parameters: { $0.parameters() }))) }
    static func object(_ layer: Layer) -> ScriptValue { .native(layerType.wrap(Model(layer, parameters: { $0.parameters() }))) }

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
            let r = args.named("Neuron")
            guard let nin = try r.required(0, "nin").asInt, nin >= 0 else { throw r.error("nin must be a non-negative Int") }
            let act = try Convert.activation(r.labeled("activation"), default: .relu)
            return object(Neuron(nin, activation: act))
        }
        t.callAsFunction = { n, args in
            let neuron = t.unwrap(n, as: Model<Neuron>.self).engine
            return ValueBinding.wrap(neuron(try ModelInput.nodes(args[0], expected: neuron.nin, "Neuron")))
        }
        t.property("weights", doc: "The weights w0, w1, …", get: { Convert.array(t.unwrap($0, as: Model<Neuron>.self).engine.weights) })
        t.property("bias", doc: "The bias b.", get: { ValueBinding.wrap(t.unwrap($0, as: Model<Neuron>.self).engine.bias) })
        t.property("activation", doc: "The activation's name.", get: { .str(t.unwrap($0, as: Model<Neuron>.self).engine.activation.rawValue) })
        t.method("parameters", labels: [], signature: "parameters() -> [Value]", doc: "Weights then bias.") { n, _ in
            t.unwrap(n, as: Model<Neuron>.self).parameters
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes the parameters' grads.") { n, _ in
            for p in t.unwrap(n, as: Model<Neuron>.self).engine.parameters() { p.zeroGrad() }
            return .void
        }
        t.description = { n in
            let neuron = t.unwrap(n, as: Model<Neuron>.self).engine
            return "Neuron(\(neuron.nin) inputs, \(neuron.activation.rawValue))"
        }
        return t
    }

    private static func makeLayer() -> NativeType {
        let t = NativeType(name: "Layer", doc: "`Layer(nin, nout, activation: .relu)`: nout neurons on the same inputs; \(activationDoc).")
        t.constructorSignature = "Layer(_ nin: Int, _ nout: Int, activation: Activation = .relu)"
        t.constructor = { args in
            let r = args.named("Layer")
            guard let nin = try r.required(0, "nin").asInt, let nout = try r.required(1, "nout").asInt,
                  nin >= 0, nout >= 0 else { throw r.error("nin and nout must be non-negative Ints") }
            let act = try Convert.activation(r.labeled("activation"), default: .relu)
            return object(Layer(nin, nout, activation: act))
        }
        t.callAsFunction = { n, args in
            let layer = t.unwrap(n, as: Model<Layer>.self).engine
            return Convert.array(layer(try ModelInput.nodes(args[0], expected: layer.nin, "Layer")))
        }
        t.property("neurons", doc: "The neurons.", get: { n in
            t.unwrap(n, as: Model<Layer>.self).parts { $0.neurons.map(object) }
        })
        t.property("nin", doc: "Inputs.", get: { .int(t.unwrap($0, as: Model<Layer>.self).engine.nin) })
        t.property("nout", doc: "Outputs.", get: { .int(t.unwrap($0, as: Model<Layer>.self).engine.nout) })
        t.method("parameters", labels: [], signature: "parameters() -> [Value]", doc: "All neurons' parameters.") { n, _ in
            t.unwrap(n, as: Model<Layer>.self).parameters
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes the parameters' grads.") { n, _ in
            for p in t.unwrap(n, as: Model<Layer>.self).engine.parameters() { p.zeroGrad() }
            return .void
        }
        t.description = { n in
            let l = t.unwrap(n, as: Model<Layer>.self).engine
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
            let r = args.named("MLP")
            guard let nin = try r.required(0, "nin").asInt, nin >= 0 else { throw r.error("nin must be a non-negative Int") }
            let sizes = try Convert.labels(try r.required(1, "sizes"), "sizes")
            guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw r.error("sizes must be positive layer widths") }
            let act = try Convert.activation(r.labeled("activation"), default: .relu)
            let out = try Convert.activation(r.labeled("outputActivation"), default: .linear)
            return .native(t.wrap(Model(MLP(nin, sizes, activation: act, outputActivation: out), parameters: { $0.parameters() })))
        }
        t.callAsFunction = { n, args in
            let model = t.unwrap(n, as: Model<MLP>.self).engine
            if let items = args[0].asArray, items.allSatisfy({ $0.asDouble != nil }), items.count == model.nin {
                return ModelInput.result(model(items.map { $0.asDouble! }))
            }
            return ModelInput.result(model(try ModelInput.nodes(args[0], expected: model.nin, "MLP")))
        }
        t.property("layers", doc: "The layers.", get: { n in
            t.unwrap(n, as: Model<MLP>.self).parts { $0.layers.map(object) }
        })
        t.property("nin", doc: "Inputs.", get: { .int(t.unwrap($0, as: Model<MLP>.self).engine.nin) })
        t.property("parameterCount", doc: "Weights and biases.", get: { .int(t.unwrap($0, as: Model<MLP>.self).engine.parameterCount) })
        t.method("parameters", labels: [], signature: "parameters() -> [Value]", doc: "All weights and biases, layer by layer.") { n, _ in
            t.unwrap(n, as: Model<MLP>.self).parameters
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Zeroes every parameter's grad.") { n, _ in
            t.unwrap(n, as: Model<MLP>.self).engine.zeroGrad(); return .void
        }
        t.description = { t.unwrap($0, as: Model<MLP>.self).engine.description }
        return t
    }
}
