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
