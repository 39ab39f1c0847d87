import Autodiff

/// The two training loops of the engine benchmarks, written natively against Autodiff line for line
/// as bench/xor.swiftgrad and bench/moons.swiftgrad write them in the language (and as
/// bench/micrograd_anchor.py runs them on micrograd).
enum EngineLoops {
    /// The lessons' XOR loop: MLP 2-4-4-1 with ReLU on every layer, MSE, gradient descent lr 0.1.
    /// Returns the final loss (so the work cannot be optimised away).
    static func xor(steps: Int) -> Double {
        RandomSource.shared.seed(2)
        let X: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
        let y: [Double] = [0, 1, 1, 0]
        let model = MLP(2, [4, 4, 1], outputActivation: .relu)
        let learningRate = 0.1
        var loss = Value(0.0)
        for _ in 0..<steps {
            let predictions = X.map { model($0)[0] }
            loss = Value(0.0)
            for (pred, target) in zip(predictions, y) { loss = loss + (pred - target) ** 2 }
            loss = loss * (1.0 / Double(y.count))
            model.zeroGrad()
            loss.backward()
            for param in model.parameters() { param.data -= learningRate * param.grad }
        }
        return loss.data
    }

    /// micrograd's moons demo: 100 points, MLP 2-16-16-1, max-margin loss + 1e-4 L2, lr 1 − 0.9·k/100.
    /// Returns the final total loss and accuracy.
    static func moons(steps: Int) -> (loss: Double, accuracy: Double) {
        RandomSource.shared.seed(1337)
        let (X, labels) = makeMoons(100, noise: 0.1)
        let y = labels.map { Double($0 * 2 - 1) }
        let model = MLP(2, [16, 16, 1])
        var last = (loss: 0.0, accuracy: 0.0)
        for k in 0..<steps {
            let scores = X.map { row in model(row.map { Value($0) })[0] }
            var dataLoss = Value(0.0)
            for (yi, scorei) in zip(y, scores) { dataLoss = dataLoss + (1 + -yi * scorei).relu() }
            dataLoss = dataLoss * (1.0 / Double(scores.count))
            let alpha = 1e-4
            var squares = Value(0.0)
            for p in model.parameters() { squares = squares + p * p }
            let totalLoss = dataLoss + alpha * squares
            var correct = 0
            for (yi, scorei) in zip(y, scores) where (yi > 0) == (scorei.data > 0) { correct += 1 }
            model.zeroGrad()
            totalLoss.backward()
            let learningRate = 1.0 - 0.9 * Double(k) / 100
            for p in model.parameters() { p.data -= learningRate * p.grad }
            last = (totalLoss.data, Double(correct) / Double(scores.count))
        }
        return last
    }
}
