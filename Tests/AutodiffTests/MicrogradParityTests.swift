import XCTest
@testable import Autodiff

/// Gradients equal to PyPI micrograd 0.1.0's on the same MLP, weights, inputs and loss (the moons
/// demo's hinge loss + L2). The expected numbers were printed by this script in the project's venv:
///
///     from micrograd.nn import MLP
///     model = MLP(3, [4, 4, 1]); params = model.parameters()
///     for i, p in enumerate(params): p.data = ((i * 37) % 17 - 8) / 10.0
///     X = [[0.5, -1.2, 0.3], [1.5, 0.2, -0.7], [-0.3, 0.8, 1.1], [0.9, -0.4, -1.5]]; y = [1, -1, 1, -1]
///     scores = [model(x) for x in X]
///     losses = [(1 + -yi*si).relu() for yi, si in zip(y, scores)]
///     total = sum(losses) * (1.0 / len(losses)) + 1e-4 * sum((p*p for p in params))
///     total.backward(); print(repr(total.data), [repr(p.grad) for p in params])
final class MicrogradParityTests: XCTestCase {
    let expectedLoss = 0.9371740000000001
    let expectedGradients: [Double] = [-0.010160000000000002, 0.023900000000000005, -0.006040000000000001, -0.019980000000000005, 0.16208, -0.01336, -0.14864, 0.13492, 0.10923000000000002, -0.03945999999999997, -0.27115, -0.20234000000000002, -0.03011999999999999, 0.08794, 0.238, 0.26005999999999996, 0.00012, -0.00016, -0.0001, -4e-05, 2e-05, 8e-05, 0.03914000000000001, 0.008360000000000003, -8e-05, 0.049980000000000004, -0.023959999999999995, 0.15610000000000002, -0.18584, -0.06012, -6.0000000000004494e-05, 0.0, 6e-05, -0.26937999999999995, -0.042159999999999996, -0.17509999999999998, -4e-05, 0.16351999999999997, -0.09892000000000004, -0.05785999999999998, -0.000140000000000029]

    func testGradientsMatchMicrogradOnARandomMLP() {
        let model = MLP(3, [4, 4, 1])
        let params = model.parameters()
        XCTAssertEqual(params.count, expectedGradients.count)
        for (i, p) in params.enumerated() { p.data = Double((i * 37) % 17 - 8) / 10.0 }
        let X: [[Double]] = [[0.5, -1.2, 0.3], [1.5, 0.2, -0.7], [-0.3, 0.8, 1.1], [0.9, -0.4, -1.5]]
        let y: [Double] = [1, -1, 1, -1]
        let scores = X.map { model($0)[0] }
        let total = hingeLoss(scores, y) + l2Penalty(params, alpha: 1e-4)
        total.backward()
        XCTAssertEqual(total.data, expectedLoss, accuracy: 1e-12)
        for (i, p) in params.enumerated() {
            XCTAssertEqual(p.grad, expectedGradients[i], accuracy: 1e-12, "parameter \(i) (\(p.label))")
        }
    }
}
