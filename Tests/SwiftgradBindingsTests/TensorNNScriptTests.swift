import Foundation
import XCTest

/// `Linear`, `Sequential` and the optimisers over tensor parameters, from scripts.
final class TensorNNScriptTests: ScriptTestCase {
    func testLinearComputesXWPlusBForABatch() throws {
        try s.run("""
            seed(1)
            let layer = Linear(3, 2)
            let X = Tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]])
            let out = layer(X)
            let expected = matmul(X, layer.weight) + layer.bias
            """)
        XCTAssertEqual(try s.text("out.shape"), "[2, 2]")
        XCTAssertTrue(try s.bool("out.rows == expected.rows"))
        XCTAssertEqual(try s.text("layer.weight.shape"), "[3, 2]")
        XCTAssertEqual(try s.text("layer.bias.data"), "[0.0, 0.0]")
        let w = try s.numbers("layer.weight.data")
        XCTAssertTrue(w.allSatisfy { abs($0) <= 1 / 3.0.squareRoot() }, "uniform in ±1/√nin")
        XCTAssertEqual(Set(w).count, 6)
        XCTAssertTrue(try s.bool("layer.weight.requiresGrad"))
        let e = try XCTUnwrap(s.error("layer(Tensor.zeros([4, 2]))"))
        XCTAssertEqual(e.kind, "ShapeMismatch")
        XCTAssertEqual(e.message, "Linear(3, 2): shapes [4, 2] and [3, 2] do not chain (the input needs 3 columns)")
    }

    func testSequentialTrainsXORWithAdam() throws {
        try s.run("""
            seed(3)
            let model = Sequential(Linear(2, 8), .tanh, Linear(8, 1), .sigmoid)
            let X = Tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
            let y = Tensor([[0.0], [1.0], [1.0], [0.0]])
            let opt = Adam(model.parameters(), lr: 0.05)
            var first = 0.0
            var last = 0.0
            for step in 0..<300 {
                opt.zeroGrad()
                let loss = binaryCrossEntropy(model(X), y)
                loss.backward()
                opt.step()
                if step == 0 { first = loss.item }
                last = loss.item
            }
            let p = model(X)
            """)
        XCTAssertEqual(try s.string("model"), "Sequential(Linear(2, 8), .tanh, Linear(8, 1), .sigmoid)")
        XCTAssertEqual(try s.number("model.parameters().count"), 4)
        XCTAssertEqual(try s.number("model.layers.count"), 2)
        XCTAssertLessThan(try s.number("last"), 0.1)
        XCTAssertGreaterThan(try s.number("first"), 0.5)
        let p = try s.numbers("p.data")
        XCTAssertLessThan(p[0], 0.2); XCTAssertGreaterThan(p[1], 0.8); XCTAssertGreaterThan(p[2], 0.8); XCTAssertLessThan(p[3], 0.2)
        XCTAssertEqual(try s.string("opt"), "Adam(4 tensors, lr: 0.05)")
    }

    func testSGDStepAndMomentumAndClipGradNormOnTensors() throws {
        try s.run("""
            let W = Tensor([[1.0, 2.0]], requiresGrad: true)
            let sgd = SGD([W], lr: 0.1)
            let L = (W * W).sum()
            L.backward()
            sgd.step()
            """)
        XCTAssertEqual(try s.numbers("W.data"), [0.8, 1.6])
        try s.run("""
            let V = Tensor([3.0, 4.0], requiresGrad: true)
            (V * 1.0).sum().backward()
            let norm = clipGradNorm([V], maxNorm: 1.0)
            """)
        XCTAssertEqual(try s.number("norm"), sqrt(2))
        let g = try s.numbers("V.grad!.data")
        XCTAssertEqual(sqrt(g[0] * g[0] + g[1] * g[1]), 1, accuracy: 1e-6)
        try s.run("""
            let M = Tensor([1.0], requiresGrad: true)
            let mom = SGD([M], lr: 1.0, momentum: 0.5)
            for _ in 0..<2 { mom.zeroGrad(); (M * 1.0).sum().backward(); mom.step() }
            """)
        XCTAssertEqual(try s.numbers("M.data"), [1 - 1 - 1.5], "v = 1, then 0.5·1 + 1")
        XCTAssertEqual(try s.string("SGD([Value(1.0)], lr: 0.1)"), "SGD(1 parameters, lr: 0.1, momentum: 0.0)", "scalar SGD unchanged")
    }

    func testSequentialWithAFunctionStepAndZeroGrad() throws {
        try s.run("""
            seed(2)
            let model = Sequential(Linear(2, 3), { t in t * 2 }, Linear(3, 1))
            let L = model(Tensor([[1.0, 1.0]])).sum()
            L.backward()
            zeroGrad(model)
            """)
        XCTAssertEqual(try s.numbers("model.parameters()[0].grad!.data"), [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(s.error("Sequential(Linear(2, 3), .softmax)")?.message, "Sequential: activation must be .relu, .tanh or .sigmoid, got .softmax")
        XCTAssertEqual(s.error("Linear(0, 3)")?.kind, "InvalidArgument")
    }
}
