import XCTest
@testable import Autodiff

/// Networks learn: seed 004's XOR program, tanh hidden layers, `train`, and micrograd's moons demo.
final class TrainingTests: XCTestCase {
    /// Seed 004's loop: full-batch MSE, manual SGD with lr 0.1, 1000 steps.
    func trainXOR(_ model: MLP) -> [Double] {
        let (X, y) = xorData()
        for _ in 0..<1000 {
            let predictions = X.map { model($0)[0] }
            let loss = mse(predictions, y.map(Double.init))
            model.zeroGrad()
            loss.backward()
            for p in model.parameters() { p.data -= 0.1 * p.grad }
        }
        return X.map { model($0)[0].data }
    }

    /// ReLU everywhere (seed 004's network) can start with dead units and stay at loss 0.25 or 0.5;
    /// with seed 2 it learns (seeds 2, 3, 5, 6, 8 and 9 do; 0, 1, 4, 7, 10 and 11 get stuck).
    func testSeed004XORWithReLUEverywhereLearns() {
        RandomSource.shared.seed(2)
        let predictions = trainXOR(MLP(2, [4, 4, 1], activation: .relu, outputActivation: .relu))
        for (p, target) in zip(predictions, [0.0, 1, 1, 0]) { XCTAssertEqual(p, target, accuracy: 0.05) }
    }

    func testXORWithTanhHiddenLayersLearnsForEverySeedTried() {
        for seed: UInt64 in [0, 1, 4] {
            RandomSource.shared.seed(seed)
            let predictions = trainXOR(MLP(2, [4, 4, 1], activation: .tanh))
            for (p, target) in zip(predictions, [0.0, 1, 1, 0]) {
                XCTAssertEqual(p, target, accuracy: 0.05, "seed \(seed)")
            }
        }
    }

    func testTrainReturnsOneDecreasingLossPerEpochAndReportsProgress() {
        RandomSource.shared.seed(1)
        let model = MLP(2, [4, 1], activation: .tanh)
        let (X, y) = xorData()
        var reports: [TrainProgress] = []
        let history = train(model, X, y, epochs: 300, lr: 0.1, progress: { reports.append($0) })
        XCTAssertEqual(history.count, 300)
        XCTAssertEqual(reports.count, 300)
        XCTAssertEqual(reports.last?.epoch, 300)
        XCTAssertEqual(reports.last?.epochs, 300)
        XCTAssertEqual(reports.last?.loss, history.last)
        XCTAssertLessThan(history.last!, history.first! / 2)
    }

    func testTrainStopsWhenAsked() {
        let model = MLP(2, [3, 1])
        let (X, y) = xorData()
        var polls = 0
        let history = train(model, X, y, epochs: 100, lr: 0.1, batchSize: 2, shouldStop: {
            polls += 1
            return polls > 5   // two batches per epoch: stops during the third epoch
        })
        XCTAssertEqual(history.count, 2)
        XCTAssertEqual(polls, 6)
    }

    func testTrainWithMiniBatchesAndOtherLosses() {
        RandomSource.shared.seed(4)
        let (X, y) = makeMoons(40, noise: 0.05)
        for kind in LossKind.allCases {
            RandomSource.shared.seed(4)
            let model = MLP(2, [8, 1], activation: .tanh)
            let history = train(model, X, y, epochs: 60, lr: 0.1, loss: kind, batchSize: 10)
            XCTAssertEqual(history.count, 60, kind.rawValue)
            XCTAssertLessThan(history.suffix(5).reduce(0, +), history.prefix(5).reduce(0, +), kind.rawValue)
        }
        XCTAssertEqual(train(MLP(2, [1]), [], [], epochs: 5, lr: 0.1), [])
    }

    func testMulticlassMSEUsesOneHotTargets() {
        RandomSource.shared.seed(8)
        let (X, y) = makeBlobs(30, centers: 3, std: 0.3)
        let model = MLP(2, [8, 3], activation: .tanh)
        let history = train(model, X.map { $0.map { $0 / 10 } }, y, epochs: 100, lr: 0.1)
        XCTAssertLessThan(history.last!, history.first!)
    }

    /// micrograd's demo: make_moons(100, noise 0.1), MLP 2-16-16-1, hinge loss + 1e-4·L2,
    /// SGD with lr 1 − 0.9·k/100 for 100 steps → 100% training accuracy.
    func testMicrogradMoonsDemoReachesFullAccuracy() {
        RandomSource.shared.seed(1337)
        let (X, y) = makeMoons(100, noise: 0.1)
        let model = MLP(2, [16, 16, 1])
        let labels = y.map { $0 == 1 ? 1.0 : -1.0 }
        var accuracy = 0.0
        for k in 0..<100 {
            let scores = X.map { model($0)[0] }
            let total = hingeLoss(scores, labels) + l2Penalty(model.parameters(), alpha: 1e-4)
            accuracy = Double(zip(scores, labels).filter { ($0.0.data > 0) == ($0.1 > 0) }.count) / 100
            model.zeroGrad()
            total.backward()
            let lr = 1.0 - 0.9 * Double(k) / 100
            for p in model.parameters() { p.data -= lr * p.grad }
        }
        XCTAssertEqual(accuracy, 1.0)
    }
}
