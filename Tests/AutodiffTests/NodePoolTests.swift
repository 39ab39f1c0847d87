import XCTest
import MemoryBudget
@testable import Autodiff

/// Freed graph nodes are kept and reused by the next graph (Storage/NodePool.swift).
final class NodePoolTests: XCTestCase {
    override func setUp() { NodePool.empty() }

    private func chain(_ w: Value, _ n: Int) -> Value {
        var v = w
        for i in 0..<n { v = (v * 0.9 + Double(i % 3)).tanh() }
        return v
    }

    func testAFreedGraphsNodesBuildTheNextGraphWithTheSameResults() {
        let w = Value(0.3, role: .parameter)
        var root: Value? = chain(w, 1000)
        root!.backward()
        let (data, grad) = (root!.data, w.grad)
        root = nil
        XCTAssertEqual(NodePool.count, 5 * 1000 - 1)  // every node but the root (freed by Swift, not the queue)
        w.zeroGrad()
        root = chain(w, 1000)
        XCTAssertLessThan(NodePool.count, 10)
        root!.backward()
        XCTAssertEqual(root!.data, data)
        XCTAssertEqual(w.grad, grad)
        XCTAssertTrue(root!.parents.allSatisfy { $0.label.isEmpty && $0.group == nil })
    }

    func testAReusedNodeStartsAfresh() {
        let a = Value(2.0), b = Value(3.0)
        var old: Value? = (a * b).relu() + 1
        old!.parents[0].label = "named"
        old!.parents[0].group = "layer 1 · neuron 1"
        old!.backward()
        old = nil
        let fresh = a - b
        XCTAssertEqual(fresh.op, "-")
        XCTAssertEqual(fresh.label, "")
        XCTAssertNil(fresh.group)
        XCTAssertEqual(fresh.grad, 0)
        XCTAssertFalse(fresh.gradComputed)
        XCTAssertEqual(fresh.role, .intermediate)
        XCTAssertEqual(fresh.parents.map { $0.data }, [2, 3])
        XCTAssertGreaterThan(fresh.id, a.id)
        let constant = fresh * 4.0
        XCTAssertEqual(constant.parents[1].data, 4)
        XCTAssertTrue(constant.parents[1].isLeaf)
        XCTAssertEqual(constant.parents[1].role, .input)
    }

    func testALeafMadeWithValueInitReusesAPooledNodeAndStartsAfresh() {
        var old: Value? = chain(Value(0.5), 10)
        old!.parents[0].label = "named"
        old!.backward()
        old = nil
        let pooled = NodePool.count
        let w = Value(1.5, label: "w", role: .parameter)
        XCTAssertEqual(NodePool.count, pooled - 1)
        XCTAssertEqual(w.data, 1.5)
        XCTAssertEqual(w.label, "w")
        XCTAssertEqual(w.role, .parameter)
        XCTAssertTrue(w.isLeaf)
        XCTAssertEqual(w.op, "")
        XCTAssertTrue(w.parents.isEmpty)
        XCTAssertEqual(w.grad, 0)
        XCTAssertFalse(w.gradComputed)
        XCTAssertNil(w.group)
        let x = Value(2.0)
        XCTAssertEqual(x.label, "")
        XCTAssertEqual(x.role, .input)
        XCTAssertGreaterThan(x.id, w.id)
        let y = w * x
        y.backward()
        XCTAssertEqual(w.grad, 2.0)
    }

    /// Operators take over temporaries' references and the neuron builds its sum on unmanaged
    /// references: every node of the graph is still freed exactly once (pooled), none leaked, and
    /// values used by many nodes (weights, inputs) survive the graph.
    func testGraphsOfTemporariesAndNeuronsFreeEveryNodeOnce() {
        let neuron = Neuron(3)
        let inputs = [Value(1.0), Value(-2.0), Value(0.5)]
        var out: Value? = neuron(inputs) * 2.0 + (inputs[0] * inputs[1]).relu() - (-inputs[2]) ** 2
        out!.backward()
        let grads = neuron.parameters().map { $0.grad }
        XCTAssertEqual(grads[3], neuron(inputs).data > 0 ? 2 : 0)  // the bias: relu' · 2
        out = nil
        // out's 15 nodes (the neuron's 3 products, 3 sums and relu; the constant 2, ·, the product,
        // relu, +, neg, **, -) and the 7 of the neuron call in the check, each graph but its root
        // (freed by Swift, not the queue).
        XCTAssertEqual(NodePool.count, (7 + 8 - 1) + 7 - 1)
        XCTAssertTrue(neuron.parameters().allSatisfy { $0.isLeaf && $0.role == .parameter })
        XCTAssertEqual(inputs.map { $0.data }, [1.0, -2.0, 0.5])
        let again = neuron(inputs)
        again.backward()
        XCTAssertEqual(again.parents.count, 1)
    }

    /// An MLP passes hidden outputs between layers as unmanaged references: they live as long as
    /// the graph that uses them, and are freed once with it.
    func testAnMLPsHiddenOutputsLiveWithTheGraphAndAreFreedOnce() {
        let model = MLP(2, [3, 2])
        let inputs = [Value(1.0), Value(-0.5)]
        var outputs: [Value]? = model(inputs)
        let hidden = outputs![0].parents[0].parents[0].parents[1].parents[1]  // a layer-1 output
        XCTAssertEqual(hidden.op, "relu")
        XCTAssertEqual(hidden.group, "layer 1 · neuron 1")
        outputs![0].backward()
        XCTAssertTrue(hidden.gradComputed)
        outputs = nil
        // 3 neurons of 2 products, 2 sums and relu, then 2 of 3 products and 3 sums (linear): 27
        // nodes; the two outputs are freed by Swift, the layer-1 output held here survives with
        // its 2 products and 2 sums.
        XCTAssertEqual(NodePool.count, 27 - 2 - 5)
        XCTAssertEqual(hidden.parents.count, 1)
        XCTAssertEqual(model(inputs).count, 2)
    }

    func testANodeWithAWeakReferenceIsFreedNotPooled() {
        let a = Value(1.0)
        var root: Value? = (a + a) * a
        weak let inner = root!.parents[0]
        root = nil
        XCTAssertNil(inner)
    }

    func testTheMemoryBudgetEmptiesThePool() {
        var root: Value? = chain(Value(0.5), 500)
        root = nil
        XCTAssertGreaterThan(NodePool.count, 0)
        MemoryBudget.releaseFreeMemory()
        XCTAssertEqual(NodePool.count, 0)
        root = chain(Value(0.5), 10)
        root!.backward()
        XCTAssertTrue(root!.gradComputed)
    }
}
