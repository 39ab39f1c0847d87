import XCTest
@testable import Autodiff

/// Graph depth never turns into stack depth: building, differentiating and freeing are iterative.
final class DeepGraphTests: XCTestCase {
    func testTenMillionNodeChainBackPropagatesAndFrees() {
        let n = 10_000_000
        let x0 = Value(0.5, label: "x0")
        let step = Value(1e-7, label: "step")
        var x = x0
        for _ in 0..<n { x = x + step }
        XCTAssertEqual(x.data, 0.5 + 1.0, accuracy: 1e-6)
        x.backward()
        XCTAssertEqual(x0.grad, 1)
        XCTAssertEqual(step.grad, Double(n))
        weak let weakTail: Value? = x.parents.first
        x = Value(0)   // frees 10 million nodes; a recursive deinit would overflow the stack here
        XCTAssertNil(weakTail)
        XCTAssertTrue(x0.parents.isEmpty)
    }

    func testDeepChainOfUnaryOpsAndCustomOps() {
        var x = Value(0.1)
        let start = x
        for i in 0..<200_000 {
            x = i % 2 == 0 ? x.sin() : customOp("id", inputs: [x], value: x.data, localDerivatives: [1])
        }
        x.backward()
        XCTAssertGreaterThan(start.grad, 0)
        XCTAssertLessThanOrEqual(start.grad, 1)
        XCTAssertEqual(topologicalOrder(from: x).count, 200_001)
    }
}
