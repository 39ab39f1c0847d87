import XCTest

/// Whole programs: seed 004's XOR training loop and micrograd's moons demo, written in Swiftgrad
/// the way the lessons write them.
final class DemoProgramTests: ScriptTestCase {

    /// Seed 004 applies ReLU on every neuron, output included: about half of the initialisations
    /// leave the output unit dead (loss stuck at 0.5, a lesson in itself), so the seed is fixed.
    static let xorProgram = """
        seed(2)
        let X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
        let y = [0, 1, 1, 0]
        let model = MLP(2, [4, 4, 1], outputActivation: .relu)
        let learningRate = 0.1
        var losses: [Double] = []
        for step in 0..<1000 {
            var predictions: [Value] = []
            for x in X { predictions.append(model(x)) }
            var loss = Value(0.0)
            for (pred, target) in zip(predictions, y) { loss += (pred - target) ** 2 }
            loss = loss * (1.0 / Double(y.count))
            model.zeroGrad()
            loss.backward()
            for param in model.parameters() { param.data -= learningRate * param.grad }
            losses.append(loss.data)
        }
        var predicted: [Double] = []
        for x in X { predicted.append(model(x).data) }
        """

    func testSeed004XorLearns() throws {
        try s.run(Self.xorProgram)
        let predicted = try s.numbers("predicted")
        for (p, target) in zip(predicted, [0.0, 1, 1, 0]) { XCTAssertEqual(p, target, accuracy: 0.05) }
        XCTAssertLessThan(try s.number("losses[999]"), 1e-3)
        XCTAssertGreaterThan(try s.number("losses[0]"), 0.1)
    }

    /// micrograd's demo.ipynb: 2-16-16-1, hinge loss + 1e-4 L2, SGD with a decaying rate, 100 steps.
    func testMicrogradMoonsDemoReachesFullAccuracy() throws {
        try s.run("""
            seed(1337)
            let (X, y) = makeMoons(100, noise: 0.1)
            let model = MLP(2, [16, 16, 1])
            func lossAndAccuracy() -> (Value, Double) {
                var scores: [Value] = []
                for x in X { scores.append(model(x)) }
                var losses: [Value] = []
                var correct = 0
                for (i, score) in scores.enumerated() {
                    let yi = Double(y[i] * 2 - 1)
                    losses.append((1 - yi * score).relu())
                    if (yi > 0) == (score.data > 0) { correct += 1 }
                }
                var dataLoss = Value(0.0)
                for l in losses { dataLoss += l }
                dataLoss = dataLoss / Double(X.count)
                var reg = Value(0.0)
                for p in model.parameters() { reg += p * p }
                return (dataLoss + 1e-4 * reg, Double(correct) / Double(X.count))
            }
            var accuracy = 0.0
            var firstLoss = 0.0
            for k in 0..<100 {
                let (loss, acc) = lossAndAccuracy()
                if k == 0 { firstLoss = loss.data }
                model.zeroGrad()
                loss.backward()
                let lr = 1.0 - 0.9 * Double(k) / 100
                for p in model.parameters() { p.data -= lr * p.grad }
            }
            let (finalLoss, finalAccuracy) = lossAndAccuracy()
            """)
        XCTAssertEqual(try s.number("finalAccuracy"), 1.0)
        XCTAssertLessThan(try s.number("finalLoss.data"), try s.number("firstLoss") / 10)
    }
}
