import XCTest
@testable import Autodiff

/// The documented meaning of `backward()`: accumulation on leaves, latest pass on intermediates.
final class BackwardSemanticsTests: XCTestCase {
    func testRepeatedBackwardAccumulatesOnLeavesOnly() {
        let d = Value(2, label: "d")
        let dd = d * d
        let e = dd * d
        e.backward()
        XCTAssertEqual(d.grad, 12)
        XCTAssertEqual(dd.grad, 2)
        e.backward()
        XCTAssertEqual(d.grad, 24)   // micrograd's issue #53 would give a larger number
        XCTAssertEqual(dd.grad, 2)   // intermediates show the latest pass
        XCTAssertEqual(e.grad, 1)
    }

    func testNodeUsedTwiceGetsBothPaths() {
        let a = Value(3)
        let b = a + a
        b.backward()
        XCTAssertEqual(a.grad, 2)
        XCTAssertEqual(b.parents.count, 2)
        XCTAssertTrue(b.parents[0] === a && b.parents[1] === a)
        XCTAssertEqual(b.localDerivatives, [1, 1])
        let c = Value(3)
        let sq = c * c
        sq.backward()
        XCTAssertEqual(c.grad, 6)
    }

    func testGradComputedAndZeroGrad() {
        let a = Value(1), b = Value(2), unrelated = Value(5)
        let c = a * b
        XCTAssertFalse(a.gradComputed)
        XCTAssertFalse(c.gradComputed)
        c.backward()
        XCTAssertTrue(a.gradComputed && b.gradComputed && c.gradComputed)
        XCTAssertFalse(unrelated.gradComputed)
        a.zeroGrad()
        XCTAssertEqual(a.grad, 0)
        XCTAssertFalse(a.gradComputed)
        XCTAssertEqual(b.grad, 1)
        zeroGrad(graphOf: c)
        XCTAssertEqual(b.grad, 0)
        XCTAssertEqual(c.grad, 0)
        XCTAssertFalse(c.gradComputed)
        unrelated.grad = 4
        XCTAssertTrue(unrelated.gradComputed)
        XCTAssertEqual(unrelated.grad, 4)
    }

    func testZeroGradBetweenPassesGivesSinglePassGradients() {
        let w = Value(0.5, role: .parameter)
        let loss = (w * 2 - 1) ** 2
        loss.backward()
        let first = w.grad
        zeroGrad(graphOf: loss)
        loss.backward()
        XCTAssertEqual(w.grad, first)
    }

    func testBackwardOnALeafSeedsOne() {
        let x = Value(4)
        x.backward()
        XCTAssertEqual(x.grad, 1)
        x.backward()
        XCTAssertEqual(x.grad, 2)
    }

    func testDataChangesAreSeenByTheNextPass() {
        let x = Value(2)
        let y = x * x
        y.backward()
        XCTAssertEqual(x.grad, 4)
        x.zeroGrad()
        x.data = 5
        y.backward()   // y keeps its old data, but local derivatives read the operands' current data
        XCTAssertEqual(x.grad, 10)
    }

    func testTopologicalOrderPutsOperandsFirstAndEachNodeOnce() {
        let a = Value(1), b = Value(2)
        let c = a * b
        let d = c + a
        let e = d * c
        let order = topologicalOrder(from: e)
        XCTAssertEqual(order.count, 5)
        XCTAssertEqual(Set(order.map { $0.id }).count, 5)
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1.id, $0) })
        for node in order {
            for p in node.parents { XCTAssertLessThan(position[p.id]!, position[node.id]!) }
        }
        XCTAssertTrue(order.last === e)
    }

    func testIdsIncreaseInCreationOrderAndRolesAndLabels() {
        let a = Value(1, label: "a"), w = Value(2, label: "w", role: .parameter)
        let c = a * w
        XCTAssertLessThan(a.id, w.id)
        XCTAssertLessThan(w.id, c.id)
        XCTAssertEqual(a.role, .input)
        XCTAssertEqual(w.role, .parameter)
        XCTAssertEqual(c.role, .intermediate)
        XCTAssertEqual(c.label, "")
        c.label = "c"
        XCTAssertEqual(c.label, "c")
        c.role = .parameter
        XCTAssertEqual(c.role, .parameter)
        XCTAssertNil(c.group)
        c.group = "layer 1 · neuron 1"
        XCTAssertEqual(c.group, "layer 1 · neuron 1")
        c.group = nil
        XCTAssertNil(c.group)
        XCTAssertEqual(a.description, "Value(a: data: 1.0, grad: 0.0)")
    }
}
