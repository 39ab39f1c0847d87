import XCTest
@testable import Autodiff

/// Every tensor op's backward rule against central differences of its forward computation.
final class TensorGradientTests: XCTestCase {
    /// Random inputs of the given shapes (values away from 0 so abs/log/div are smooth there).
    private func inputs(_ shapes: [[Int]], positive: Bool = false, seed: UInt64 = 7) -> [Tensor] {
        let r = RandomSource(seed: seed)
        return shapes.map { s in
            let n = s.reduce(1, *)
            let data = (0..<n).map { _ -> Double in
                let v = r.uniform(in: 0.3...1.5) * (positive || r.unit() < 0.5 ? 1 : -1)
                return v
            }
            return Tensor(shape: s, data: data, requiresGrad: true)
        }
    }

    /// Checks d(f)/d(input) for every element of every input, where f's result is reduced by a
    /// fixed random weighting (so every output element matters, with a different weight).
    private func checkGradients(_ name: String, _ shapes: [[Int]], positive: Bool = false,
                                file: StaticString = #filePath, line: UInt = #line,
                                _ f: ([Tensor]) throws -> Tensor) throws {
        let xs = inputs(shapes, positive: positive)
        let probe = try f(xs)
        let weights = Tensor(shape: probe.shape, data: (0..<probe.count).map { 0.5 + Double($0 % 5) * 0.3 })
        func loss(_ ts: [Tensor]) throws -> Tensor { try (f(ts) * weights).sum() }
        let out = try loss(xs)
        try out.backward()
        let h = 1e-6
        for (k, x) in xs.enumerated() {
            let analytic = try XCTUnwrap(x.grad, "\(name): input \(k) got no gradient", file: file, line: line)
            for i in 0..<x.count {
                func value(_ delta: Double) throws -> Double {
                    let moved = xs.map { Tensor(shape: $0.shape, data: $0.data) }
                    moved[k].data[i] += delta
                    return try loss(moved).item()
                }
                let numeric = (try value(h) - value(-h)) / (2 * h)
                XCTAssertEqual(analytic[i], numeric, accuracy: 1e-6 * Swift.max(1, Swift.abs(numeric)),
                               "\(name): d/d input \(k)[\(i)]", file: file, line: line)
            }
        }
    }

    func testBinaryOpsWithBroadcasting() throws {
        let layouts: [([Int], [Int])] = [([3, 4], [3, 4]), ([3, 4], [4]), ([3, 4], [1, 4]), ([3, 4], [3, 1]),
                                         ([3, 4], []), ([], [3, 4]), ([4], [3, 4]), ([2, 1, 3], [4, 1]), ([1], [2, 3])]
        for op in BinaryOp.allCases {
            for (a, b) in layouts {
                try checkGradients("\(op.rawValue) \(a) \(b)", [a, b]) { try Tensor.binary(op, $0[0], $0[1]) }
            }
        }
    }

    func testUnaryOps() throws {
        for op in UnaryOp.allCases {
            try checkGradients(op.rawValue, [[3, 4]], positive: op == .log) { $0[0].unary(op) }
        }
        try checkGradients("**3", [[2, 3]]) { $0[0].pow(3) }
        try checkGradients("**0.5", [[2, 3]], positive: true) { $0[0].pow(0.5) }
    }

    func testMatmul() throws {
        try checkGradients("matmul 2-D", [[3, 4], [4, 2]]) { try Tensor.matmul($0[0], $0[1]) }
        try checkGradients("matmul vector-matrix", [[4], [4, 2]]) { try Tensor.matmul($0[0], $0[1]) }
        try checkGradients("matmul matrix-vector", [[3, 4], [4]]) { try Tensor.matmul($0[0], $0[1]) }
        try checkGradients("matmul dot", [[4], [4]]) { try Tensor.matmul($0[0], $0[1]) }
        try checkGradients("matmul of a transpose", [[4, 3], [4, 2]]) { try $0[0].transposed().matmul($0[1]) }
    }

    func testShapeOps() throws {
        try checkGradients("T", [[3, 4]]) { try $0[0].transposed() }
        try checkGradients("reshaped", [[3, 4]]) { try $0[0].reshaped([2, -1]) }
        try checkGradients("rows", [[5, 2]]) { try $0[0].rows(1..<4) }
        try checkGradients("row", [[5, 2]]) { try $0[0].row(3) }
        try checkGradients("row used twice", [[3, 2]]) { try $0[0].row(1) * $0[0].row(1) + $0[0].row(2) }
    }

    func testReductions() throws {
        try checkGradients("sum", [[3, 4]]) { $0[0].sum() }
        try checkGradients("mean", [[3, 4]]) { $0[0].mean() }
        try checkGradients("max", [[3, 4]]) { try $0[0].max() }
        for axis in [0, 1, -1] {
            try checkGradients("sum axis \(axis)", [[3, 4]]) { try $0[0].sum(axis: axis) }
            try checkGradients("mean axis \(axis)", [[3, 4]]) { try $0[0].mean(axis: axis) }
            try checkGradients("max axis \(axis)", [[3, 4]]) { try $0[0].max(axis: axis) }
        }
        try checkGradients("sum axis 1 of 3-D", [[2, 3, 4]]) { try $0[0].sum(axis: 1) }
    }

    func testSoftmaxAndLosses() throws {
        try checkGradients("softmax", [[3, 4]]) { try $0[0].softmax() }
        try checkGradients("logSoftmax", [[3, 4]]) { try $0[0].logSoftmax() }
        try checkGradients("softmax of a vector", [[5]]) { try $0[0].softmax() }
        try checkGradients("mse", [[4, 1], [4, 1]]) { try Tensor.mse($0[0], $0[1]) }
        try checkGradients("binaryCrossEntropy", [[4, 1]], positive: true) { xs in
            let p = xs[0].sigmoid()
            return try Tensor.binaryCrossEntropy(p, Tensor(shape: [4, 1], data: [0, 1, 0.25, 1]))
        }
        try checkGradients("crossEntropy", [[4, 3]]) { try Tensor.crossEntropy($0[0], labels: [0, 2, 1, 2]) }
    }

    func testTwoLayerNetwork() throws {
        try checkGradients("2-4-1 sigmoid network", [[5, 2], [2, 4], [4], [4, 1], [1]]) { p in
            let a1 = try (Tensor.matmul(p[0], p[1]) + p[2]).sigmoid()
            return try (Tensor.matmul(a1, p[3]) + p[4]).sigmoid()
        }
    }
}
