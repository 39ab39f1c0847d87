import Foundation
import XCTest

/// Seed 001's SimpleNeuralNetwork in the language two ways — explicit deltas, as the seed writes
/// them, and autodiff — with identical gradients; and a tensor MLP against the scalar `MLP` on the
/// same weights.
final class MatrixFormSeedTests: ScriptTestCase {
    /// Seed 001 §5: 100 random 2-D points, 2-4-1 sigmoid network, lr 0.1, 1000 epochs.
    static let setup = """
        seed(42)
        let X = Tensor.randn([100, 2])
        var labels: [[Double]] = []
        for i in 0..<100 { labels.append([X[i, 0] + X[i, 1] > 0 ? 1.0 : 0.0]) }
        let y = Tensor(labels)
        let m = Double(X.shape[0])
        var W1 = Tensor.randn([2, 4]) * 0.01
        var b1 = Tensor.zeros([4])
        var W2 = Tensor.randn([4, 1]) * 0.01
        var b2 = Tensor.zeros([1])
        // The same starting weights for the autodiff run.
        var V1 = W1, c1 = b1, V2 = W2, c2 = b2
        func forward(_ X: Tensor, _ W1: Tensor, _ b1: Tensor, _ W2: Tensor, _ b2: Tensor) -> (Tensor, Tensor) {
            let a1 = sigmoid(matmul(X, W1) + b1)
            return (a1, sigmoid(matmul(a1, W2) + b2))
        }
        var worst = 0.0
        var losses: [Double] = []
        for epoch in 0..<1000 {
            // By hand (seed 001's backward).
            let (a1, a2) = forward(X, W1, b1, W2, b2)
            let loss = mse(a2, y)
            let dz2 = a2 - y
            let dW2 = matmul(a1.T, dz2) / m
            let db2 = dz2.sum(axis: 0) / m
            let dz1 = matmul(dz2, W2.T) * (a1 * (1 - a1))
            let dW1 = matmul(X.T, dz1) / m
            let db1 = dz1.sum(axis: 0) / m
            W2 = W2 - 0.1 * dW2
            b2 = b2 - 0.1 * db2
            W1 = W1 - 0.1 * dW1
            b1 = b1 - 0.1 * db1
            if epoch % 100 == 0 { losses.append(loss.item) }
            // By autodiff: dz2 = a2 − y is the gradient of the mean binary cross-entropy through the sigmoid.
            let (gV1, gc1, gV2, gc2) = gradient(at: V1, c1, V2, c2) { V1, c1, V2, c2 in
                binaryCrossEntropy(forward(X, V1, c1, V2, c2).1, y)
            }
            for (hand, auto) in [(dW1, gV1), (db1, gc1), (dW2, gV2), (db2, gc2)] {
                worst = max(worst, (hand - auto).abs().max().item)
            }
            V2 = V2 - 0.1 * gV2
            c2 = c2 - 0.1 * gc2
            V1 = V1 - 0.1 * gV1
            c1 = c1 - 0.1 * gc1
        }
        let testX = Tensor([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
        let predictions = forward(testX, W1, b1, W2, b2).1
        let autodiffPredictions = forward(testX, V1, c1, V2, c2).1
        """

    func testExplicitDeltasAndAutodiffAgreeOverAllThousandEpochs() throws {
        try s.run(Self.setup)
        let worst = try s.number("worst")
        XCTAssertLessThan(worst, 1e-12, "largest difference between hand and autodiff gradients over 1000 epochs")
        XCTAssertLessThan(try s.number("(W1 - V1).abs().max().item"), 1e-10, "the two trainings end at the same weights")
        let losses = try s.numbers("losses")
        XCTAssertEqual(losses.count, 10)
        XCTAssertEqual(losses[0], 0.25, accuracy: 0.001, "sigmoid of ~0 predicts 0.5: the MSE starts near 0.25")
        XCTAssertLessThan(losses[9], losses[0] / 2, "training lowers the loss")
        let p = try s.numbers("predictions.data")
        XCTAssertGreaterThan(p[0], 0.5, "(1, 1) is above the line x0 + x1 = 0")
        XCTAssertLessThan(p[1], 0.5, "(-1, -1) is below it")
        for (a, b) in zip(try s.numbers("autodiffPredictions.data"), p) {
            XCTAssertEqual(a, b, accuracy: 1e-10, "autodiff training predicts the same")
        }
    }

    func testTensorMLPAndScalarMLPGiveEqualGradients() throws {
        try s.run("""
            seed(5)
            let model = MLP(3, [4, 4, 1], activation: .tanh)
            let inputs: [[Double]] = [[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-2.0, 1.0, 0.0], [0.1, 0.2, 0.3]]
            let targets = [1.0, -1.0, 0.5, 0.0]
            // Scalar: one graph per example.
            let outs = inputs.map { model($0) }
            let scalarLoss = mse(outs, targets)
            scalarLoss.backward()
            // Tensor: the same weights as matrices (column j holds neuron j's weights).
            var Ws: [Tensor] = []
            var bs: [Tensor] = []
            for layer in model.layers {
                var rows: [[Double]] = []
                for i in 0..<layer.nin { rows.append(layer.neurons.map { $0.weights[i].data }) }
                Ws.append(Tensor(rows, requiresGrad: true))
                bs.append(Tensor(layer.neurons.map { $0.bias.data }, requiresGrad: true))
            }
            var h = Tensor(inputs)
            for k in 0..<3 {
                h = matmul(h, Ws[k]) + bs[k]
                if k < 2 { h = tanh(h) }
            }
            let tensorLoss = mse(h, targets)
            tensorLoss.backward()
            var worst = abs(tensorLoss.item - scalarLoss.data)
            for (k, layer) in model.layers.enumerated() {
                for (j, neuron) in layer.neurons.enumerated() {
                    for i in 0..<layer.nin { worst = max(worst, abs(neuron.weights[i].grad - Ws[k].grad![i, j])) }
                    worst = max(worst, abs(neuron.bias.grad - bs[k].grad![j]))
                }
            }
            """)
        XCTAssertLessThan(try s.number("worst"), 1e-14)
        XCTAssertGreaterThan(try s.number("Ws[0].grad!.abs().sum().item"), 0.01, "the gradients are not all zero")
    }
}
