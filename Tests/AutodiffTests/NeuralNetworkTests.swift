import XCTest
@testable import Autodiff

final class NeuralNetworkTests: XCTestCase {
    override func setUp() { RandomSource.shared.seed(7) }

    func testMLPShapeParametersAndLabels() {
        let model = MLP(2, [16, 16, 1])
        XCTAssertEqual(model.layers.count, 3)
        XCTAssertEqual(model.layers.map { $0.nout }, [16, 16, 1])
        XCTAssertEqual(model.layers.map { $0.nin }, [2, 16, 16])
        XCTAssertEqual(model.layers.map { $0.activation }, [.relu, .relu, .linear])
        let params = model.parameters()
        XCTAssertEqual(params.count, 337)
        XCTAssertEqual(model.parameterCount, 337)
        XCTAssertEqual(params[0].label, "L1.N1.w0")
        XCTAssertEqual(params[2].label, "L1.N1.b")
        XCTAssertEqual(params.last?.label, "L3.N1.b")
        XCTAssertEqual(model.layers[1].neurons[2].weights[5].label, "L2.N3.w5")
        XCTAssertTrue(params.allSatisfy { $0.role == .parameter && $0.isLeaf })
        XCTAssertTrue(model.layers.flatMap { $0.neurons }.allSatisfy { $0.bias.data == 0 })
        let weights = model.layers.flatMap { $0.neurons.flatMap { $0.weights } }
        XCTAssertTrue(weights.allSatisfy { (-1...1).contains($0.data) })
        XCTAssertGreaterThan(Set(weights.map { $0.data }).count, 300)
        XCTAssertEqual(model.description, "MLP 2 → 16 → 16 → 1 (relu, relu, linear), 337 parameters")
    }

    func testOutputActivationAndHiddenActivation() {
        let model = MLP(2, [4, 4, 1], activation: .tanh, outputActivation: .relu)
        XCTAssertEqual(model.layers.map { $0.activation }, [.tanh, .tanh, .relu])
        let out = model([0.5, -0.5])
        XCTAssertEqual(out.count, 1)
        XCTAssertEqual(out[0].op, "relu")
        XCTAssertEqual(model.layers[0]([Value(1), Value(2)])[0].op, "tanh")
        XCTAssertEqual(MLP(2, [3], outputActivation: .sigmoid)([1, 1])[0].op, "sigmoid")
    }

    func testNeuronComputesActivationOfWeightedSum() {
        let n = Neuron(3, activation: .linear)
        for (w, v) in zip(n.weights, [0.5, -1.0, 2.0]) { w.data = v }
        n.bias.data = 0.25
        let out = n([Value(1), Value(2), Value(3)])
        XCTAssertEqual(out.data, 0.25 + 0.5 - 2 + 6)
        out.backward()
        XCTAssertEqual(n.weights.map { $0.grad }, [1, 2, 3])
        XCTAssertEqual(n.bias.grad, 1)
        XCTAssertEqual(n.parameters().count, 4)
        XCTAssertEqual(n.parameters().map { $0.label }, ["w0", "w1", "w2", "b"])
        let relu = Neuron(1, activation: .relu)
        relu.weights[0].data = -1
        XCTAssertEqual(relu([Value(2)]).data, 0)
    }

    func testNodesBuiltInANeuronCarryItsGroup() {
        let model = MLP(2, [3, 1])
        let out = model([1.0, 2.0])[0]
        XCTAssertEqual(out.group, "layer 2 · neuron 1")
        let hidden = out.parents.compactMap { $0.group }
        XCTAssertTrue(hidden.contains("layer 2 · neuron 1"))
        let inputsOfFirstLayer = topologicalOrder(from: out).filter { $0.group == "layer 1 · neuron 3" }
        XCTAssertEqual(inputsOfFirstLayer.count, 5)   // 2 products, 2 sums, 1 relu
        XCTAssertTrue(topologicalOrder(from: out).filter { $0.isLeaf }.allSatisfy { $0.group == nil })
        XCTAssertEqual(model.layers[0].neurons[2].group, "layer 1 · neuron 3")
        let loss = (out - 1) ** 2
        XCTAssertNil(loss.group)
        // Relabelling one node leaves the others in its group alone.
        out.label = "score"
        XCTAssertEqual(out.label, "score")
        XCTAssertEqual(out.group, "layer 2 · neuron 1")
        XCTAssertEqual(out.parents[0].label, "")
    }

    func testInputLeavesAreLabelledAndZeroGradClearsParameters() {
        let model = MLP(2, [2, 1])
        let out = model([3.0, 4.0])[0]
        let leaves = topologicalOrder(from: out).filter { $0.isLeaf && $0.role == .input }
        XCTAssertEqual(Set(leaves.map { $0.label }), ["x0", "x1"])
        out.backward()
        XCTAssertTrue(model.parameters().contains { $0.grad != 0 })
        model.zeroGrad()
        XCTAssertTrue(model.parameters().allSatisfy { $0.grad == 0 && !$0.gradComputed })
    }

    func testSameSeedSameWeights() {
        RandomSource.shared.seed(42)
        let a = MLP(2, [4, 1]).parameters().map { $0.data }
        RandomSource.shared.seed(42)
        let b = MLP(2, [4, 1]).parameters().map { $0.data }
        XCTAssertEqual(a, b)
        let c = MLP(2, [4, 1]).parameters().map { $0.data }
        XCTAssertNotEqual(a, c)
    }

    func testMismatchedInputWidthDoesNotTrap() {
        let model = MLP(3, [2, 1])
        XCTAssertEqual(model([1.0]).count, 1)
        XCTAssertEqual(MLP(0, []).parameters().count, 0)
    }
}
