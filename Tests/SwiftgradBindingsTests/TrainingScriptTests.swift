import Foundation
import XCTest

/// Losses, optimisers, `clipGradNorm` and `train` from scripts.
final class TrainingScriptTests: ScriptTestCase {

    func testLosses() throws {
        try s.run("""
            let p = [Value(0.5), Value(2.0)]
            let m = mse(p, [1.0, 1.0])
            let q = [Value(0.8), Value(0.3)]
            let bce = binaryCrossEntropy(q, [1, 0])
            let scores = [Value(0.5), Value(-2.0), Value(3.0)]
            let hinge = hingeLoss(scores, [1, -1, -1])
            let reg = l2([Value(1.0), Value(-2.0)], alpha: 0.5)
            m.backward()
            """)
        XCTAssertEqual(try s.number("m.data"), (0.25 + 1) / 2, accuracy: 1e-12)
        XCTAssertEqual(try s.number("p[0].grad"), -0.5, accuracy: 1e-12)   // 2(0.5 − 1)/2
        XCTAssertEqual(try s.number("bce.data"), -(log(0.8) + log(0.7)) / 2, accuracy: 1e-12)
        XCTAssertEqual(try s.number("hinge.data"), (0.5 + 0 + 4) / 3, accuracy: 1e-12)
        XCTAssertEqual(try s.number("reg.data"), 2.5, accuracy: 1e-12)
        XCTAssertNotNil(s.error("mse([Value(1.0)], [1.0, 2.0])"), "sizes must match")
    }

    func testSGDStepWithAndWithoutMomentum() throws {
        try s.run("""
            let w = Value(1.0)
            let opt = SGD([w], lr: 0.1)
            w.grad = 2
            opt.step()
            let v = Value(1.0)
            let mom = SGD([v], lr: 0.1, momentum: 0.9)
            v.grad = 1; mom.step()
            v.grad = 1; mom.step()
            mom.zeroGrad()
            """)
        XCTAssertEqual(try s.number("w.data"), 0.8, accuracy: 1e-12)
        XCTAssertEqual(try s.number("v.data"), 1 - 0.1 - 0.1 * 1.9, accuracy: 1e-12)
        XCTAssertEqual(try s.number("v.grad"), 0)
        try s.run("opt.lr = 0.5")
        XCTAssertEqual(try s.number("opt.lr"), 0.5)
    }

    func testAdamMovesAgainstTheGradient() throws {
        try s.run("""
            let w = Value(1.0)
            let adam = Adam([w], lr: 0.01)
            for _ in 0..<3 { adam.zeroGrad(); let L = w * w; L.backward(); adam.step() }
            """)
        // Adam's first steps move by about lr each, whatever the gradient's size.
        XCTAssertEqual(try s.number("w.data"), 0.97, accuracy: 1e-3)
    }

    func testClipGradNorm() throws {
        try s.run("let a = Value(0.0); let b = Value(0.0); a.grad = 3; b.grad = 4\nlet norm = clipGradNorm([a, b], maxNorm: 1)")
        XCTAssertEqual(try s.number("norm"), 5, accuracy: 1e-12)
        // PyTorch's rule: scale by maxNorm / (norm + 1e-6)
        XCTAssertEqual(try s.number("a.grad"), 0.6, accuracy: 1e-6)
        XCTAssertEqual(try s.number("b.grad"), 0.8, accuracy: 1e-6)
    }

    func testTrainReturnsTheLossHistoryAndShowsProgress() throws {
        try s.run("""
            seed(5)
            let (X, y) = makeBlobs(40, centers: 2, std: 0.3)
            let model = MLP(2, [8, 1], activation: .tanh, outputActivation: .sigmoid)
            let history = train(model, X, y, epochs: 60, lr: 0.5, loss: .binaryCrossEntropy)
            """)
        let history = try s.numbers("history")
        XCTAssertEqual(history.count, 60)
        XCTAssertLessThan(history.last!, history.first! * 0.5, "training lowers the loss")
        let displays = s.host.displays
        XCTAssertFalse(displays.isEmpty)
        let progress = displays.dropLast()
        let ids = Set(progress.map { $0.id })
        XCTAssertEqual(ids.count, 1, "one progress display, updated in place")
        XCTAssertNotNil(ids.first!)
        XCTAssertFalse(progress.first!.update)
        XCTAssertTrue(progress.dropFirst().allSatisfy { $0.update })
        let last = progress.last!.bundle.plainText
        XCTAssertTrue(last.contains("epoch 60/60") && last.hasSuffix(" · done"), last)
        let curve = displays.last!
        XCTAssertNil(curve.id, "the loss curve is a display of its own (display_data), not an update")
        XCTAssertFalse(curve.update)
        XCTAssertTrue(curve.bundle.plainText.hasPrefix("Loss curve"), curve.bundle.plainText)
        XCTAssertNotNil(curve.bundle["image/svg+xml"])
        try s.run("let quiet = train(model, X, y, epochs: 3, lr: 0.1, loss: .binaryCrossEntropy, progress: false)")
        XCTAssertEqual(s.host.displays.count, displays.count, "progress: false shows nothing")
    }

    func testTrainWithMiniBatchesAndHinge() throws {
        try s.run("""
            seed(11)
            let (X, y) = makeMoons(60, noise: 0.05)
            let model = MLP(2, [8, 8, 1])
            let history = train(model, X, y, epochs: 30, lr: 0.05, loss: .hinge, batchSize: 16, progress: false)
            """)
        let history = try s.numbers("history")
        XCTAssertEqual(history.count, 30)
        XCTAssertLessThan(history.last!, history.first!)
        XCTAssertNotNil(s.error("train(model, X, y, epochs: 1, lr: 0.1, loss: .softmax)"))
    }
}
