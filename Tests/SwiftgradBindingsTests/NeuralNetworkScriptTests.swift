import Foundation
import XCTest

/// `Neuron`, `Layer` and `MLP` from scripts: activations, output shapes, parameters, descriptions.
final class NeuralNetworkScriptTests: ScriptTestCase {

    func testNeuronComputesActivationOfWeightedSum() throws {
        try s.run("""
            seed(7)
            let n = Neuron(3, activation: .tanh)
            let out = n([0.5, -1.0, 2.0])
            let w = n.weights
            let expected = tanh(w[0].data * 0.5 - w[1].data + w[2].data * 2 + n.bias.data)
            """)
        XCTAssertEqual(try s.number("out.data"), try s.number("expected"), accuracy: 1e-12)
        XCTAssertEqual(try s.number("n.parameters().count"), 4)
        XCTAssertEqual(try s.number("n.bias.data"), 0, "bias starts at 0")
        XCTAssertEqual(try s.string("n.activation"), "tanh")
        for i in 0..<3 { XCTAssertLessThanOrEqual(abs(try s.number("w[\(i)].data")), 1, "weights in [−1, 1]") }
    }

    func testEachActivation() throws {
        let expected: [(String, (Double) -> Double)] = [
            ("relu", { max(0, $0) }), ("tanh", { tanh($0) }), ("sigmoid", { 1 / (1 + exp(-$0)) }), ("linear", { $0 }),
        ]
        for (name, f) in expected {
            try s.run("""
                let n = Neuron(2, activation: .\(name))
                n.weights[0].data = 0.5
                n.weights[1].data = -1.5
                n.bias.data = 0.25
                let out = n([1.0, 1.0])
                """)
            XCTAssertEqual(try s.number("out.data"), f(-0.75), accuracy: 1e-12, name)
        }
        XCTAssertEqual(s.error("Neuron(2, activation: .softmax)")?.kind, "TypeMismatch")
    }

    func testLayerReturnsOneValuePerNeuron() throws {
        try s.run("let layer = Layer(2, 3, activation: .sigmoid)\nlet outs = layer([1.0, 2.0])")
        XCTAssertEqual(try s.number("outs.count"), 3)
        XCTAssertEqual(try s.string("outs[2].op"), "sigmoid")
        XCTAssertEqual(try s.number("layer.parameters().count"), 9)
        XCTAssertEqual(try s.number("layer.neurons.count"), 3)
    }

    func testMLPOutputShapeAndActivations() throws {
        try s.run("""
            seed(1)
            let one = MLP(2, [4, 4, 1])
            let many = MLP(2, [3, 2], activation: .tanh, outputActivation: .sigmoid)
            let allRelu = MLP(2, [4, 4, 1], outputActivation: .relu)
            let a = one([1.0, -1.0])
            let b = many([1.0, -1.0])
            let c = allRelu([1.0, -1.0])
            """)
        XCTAssertEqual(try s.text("type(of: a)"), "Value", "one output is a Value")
        XCTAssertEqual(try s.number("b.count"), 2, "several outputs are [Value]")
        XCTAssertEqual(try s.string("a.op"), "+", "the last layer is linear by default (micrograd)")
        XCTAssertEqual(try s.string("b[0].op"), "sigmoid")
        XCTAssertEqual(try s.string("c.op"), "relu", "seed 004's network: ReLU everywhere in one line")
        XCTAssertEqual(try s.string("many.layers[0].neurons[0].activation"), "tanh")
        XCTAssertEqual(try s.string("one.layers[0].neurons[0].activation"), "relu")
    }

    func testMLPParametersAndDescription() throws {
        try s.run("let model = MLP(2, [16, 16, 1])")
        XCTAssertEqual(try s.number("model.parameters().count"), 337)  // micrograd's moons model
        XCTAssertEqual(try s.number("model.parameterCount"), 337)
        let description = try s.string("model")
        XCTAssertTrue(description.contains("337 parameters"), description)
        XCTAssertTrue(description.contains("2 → 16 → 16 → 1"), description)
    }

    func testModelOnValuesPropagatesToInputs() throws {
        try s.run("""
            seed(2)
            let model = MLP(2, [3, 1], activation: .tanh)
            let x0 = Value(0.5); let x1 = Value(-0.5)
            let out = model([x0, x1])
            out.backward()
            let numeric = (model([0.5 + 1e-6, -0.5]).data - model([0.5 - 1e-6, -0.5]).data) / 2e-6
            """)
        XCTAssertEqual(try s.number("x0.grad"), try s.number("numeric"), accuracy: 1e-6)
        XCTAssertNotEqual(try s.number("x0.grad"), 0)
    }

    func testWrongInputSizeIsAScriptError() {
        XCTAssertNotNil(s.error("MLP(2, [1])([1.0, 2.0, 3.0])"))
        XCTAssertNotNil(s.error("Neuron(2)([1.0])"))
    }
}
