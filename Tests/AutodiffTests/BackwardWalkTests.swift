import XCTest
@testable import Autodiff

/// `backward()` walks the creation tape (decreasing ids) instead of sorting the graph; these check it
/// against the depth-first sort on graphs with shared nodes, custom ops, unrelated nodes created in
/// between, and nodes freed in between.
final class BackwardWalkTests: XCTestCase {
    /// A random graph over `leaves`: each new node combines one or two earlier nodes (often reusing
    /// one), with unrelated nodes created and dropped in between. Returns the root and all its nodes.
    private func randomGraph(seed: UInt64, leaves: [Value], size: Int) -> (root: Value, nodes: [Value]) {
        var rng = SplitMix(seed)
        var nodes = leaves
        var unrelated: [Value] = []
        for _ in 0..<size {
            let a = nodes[rng.next(nodes.count)], b = nodes[rng.next(nodes.count)]
            let node: Value
            switch rng.next(8) {
            case 0: node = a + b
            case 1: node = a * b
            case 2: node = a - b * 0.5
            case 3: node = (a * 0.3).tanh()
            case 4: node = a ** 2
            case 5: node = customOp("lerp", inputs: [a, b, a], value: 0.5 * a.data + 0.25 * b.data,
                                    localDerivatives: [0.25, 0.25, 0.25])
            case 6: node = (a + b).relu()
            default: node = a.sin() * b
            }
            nodes.append(node)
            if rng.next(3) == 0 { unrelated.append(node * 2 + 1) }  // consumers outside the root's graph
            if rng.next(5) == 0 && !unrelated.isEmpty { unrelated.removeFirst() }  // freed in between
        }
        var root = nodes[nodes.count - 1]
        for v in nodes.suffix(8) { root = root + v }  // reach more of the graph
        return (root, nodes)
    }

    func testTapeWalkMatchesDepthFirstSortOnRandomGraphs() {
        for seed in 1...20 as ClosedRange<UInt64> {
            let leaves = (0..<5).map { Value(0.2 * Double($0) - 0.3, role: .parameter) }
            let (root, nodes) = randomGraph(seed: seed, leaves: leaves, size: 300)
            root.backward()
            let viaTape = nodes.map { $0.grad }
            let computedViaTape = nodes.map { $0.gradComputed }
            for v in nodes { v.zeroGrad() }
            root.backwardBySorting()
            // The two walks add a shared node's contributions in different orders: equal up to rounding.
            for (a, b) in zip(viaTape, nodes.map { $0.grad }) {
                XCTAssertEqual(a, b, accuracy: 1e-12 * Swift.max(1, Swift.abs(b)), "seed \(seed)")
                XCTAssertEqual(a == 0, b == 0, "seed \(seed)")
            }
            XCTAssertEqual(computedViaTape, nodes.map { $0.gradComputed }, "seed \(seed)")
            XCTAssertTrue(leaves.contains { $0.grad != 0 }, "seed \(seed)")
        }
    }

    /// The short reference walk of `Backward.swift` (a sort, then `parents` × `localDerivatives`)
    /// gives the same gradients as the tape walk, leaves accumulating and intermediates reset.
    func testTapeWalkMatchesTheReferenceBackward() {
        for seed in 21...30 as ClosedRange<UInt64> {
            let leaves = (0..<5).map { Value(0.2 * Double($0) - 0.3, role: .parameter) }
            let (root, nodes) = randomGraph(seed: seed, leaves: leaves, size: 200)
            root.backward()
            root.backward()  // leaves accumulate over two passes, intermediates show one
            let viaTape = nodes.map { $0.grad }
            let computedViaTape = nodes.map { $0.gradComputed }
            for v in nodes { v.zeroGrad() }
            root.referenceBackward()
            root.referenceBackward()
            for (a, b) in zip(viaTape, nodes.map { $0.grad }) {
                XCTAssertEqual(a, b, accuracy: 1e-12 * Swift.max(1, Swift.abs(b)), "seed \(seed)")
            }
            XCTAssertEqual(computedViaTape, nodes.map { $0.gradComputed }, "seed \(seed)")
            XCTAssertTrue(leaves.contains { $0.grad != 0 }, "seed \(seed)")
        }
    }

    func testNodesOutsideTheGraphAreLeftAlone() {
        let x = Value(3)
        let y = x * x
        let other = y + 1          // consumes y but is not part of the root's graph
        other.grad = 7
        let z = y * 2
        z.backward()
        XCTAssertEqual(x.grad, 12)
        XCTAssertEqual(other.grad, 7)
        XCTAssertTrue(other.gradComputed)
        let unrelated = Value(1) * Value(2)
        XCTAssertFalse(unrelated.gradComputed)
    }

    func testBackwardOfAnOldRootAfterManyNodesWereCreatedAndFreed() {
        let w = Value(2, role: .parameter)
        let root = (w * w + w).tanh()
        for _ in 0..<3 { var chain = Value(0); for _ in 0..<10_000 { chain = chain + w } }  // ids move on
        root.backward()
        let expected = (1 - pow(Foundation.tanh(6.0), 2)) * 5
        XCTAssertEqual(w.grad, expected, accuracy: 1e-15)
    }
}

/// A small deterministic generator for the random graphs.
private struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
