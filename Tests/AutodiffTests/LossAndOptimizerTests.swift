import XCTest
import Foundation
@testable import Autodiff

final class LossAndOptimizerTests: XCTestCase {
    func testMSE() {
        let p = [Value(1), Value(3)]
        let loss = mse(p, [0, 1])
        XCTAssertEqual(loss.data, 2.5)
        loss.backward()
        XCTAssertEqual(p.map { $0.grad }, [1, 2])   // 2(p − t)/n
        XCTAssertEqual(mse([], []).data, 0)
    }

    func testBinaryCrossEntropy() {
        let p = [Value(0.8), Value(0.4), Value(0.5)]
        let loss = binaryCrossEntropy(p, [1, 0, 0.5])
        let expected = -(Foundation.log(0.8) + Foundation.log(0.6) + Foundation.log(0.5)) / 3
        assertClose(loss.data, expected, tolerance: 1e-12)
        loss.backward()
        assertClose(p[0].grad, -1 / 0.8 / 3, tolerance: 1e-12)
        assertClose(p[1].grad, 1 / 0.6 / 3, tolerance: 1e-12)
        assertClose(p[2].grad, 0, tolerance: 1e-12)
    }

    func testHingeLossAndL2() {
        let s = [Value(0.5), Value(-2), Value(0.2)]
        let loss = hingeLoss(s, [1, -1, -1])
        assertClose(loss.data, (0.5 + 0 + 1.2) / 3, tolerance: 1e-12)
        loss.backward()
        assertClose(s[0].grad, -1.0 / 3, tolerance: 1e-12)
        XCTAssertEqual(s[1].grad, 0)
        assertClose(s[2].grad, 1.0 / 3, tolerance: 1e-12)
        let w = [Value(2), Value(-3)]
        let reg = l2Penalty(w, alpha: 0.1)
        assertClose(reg.data, 1.3, tolerance: 1e-12)
        reg.backward()
        assertClose(w[0].grad, 0.4, tolerance: 1e-12)
        assertClose(w[1].grad, -0.6, tolerance: 1e-12)
    }

    func testSGDWithAndWithoutMomentum() {
        let p = Value(1, role: .parameter)
        p.grad = 2
        let plain = SGD([p], lr: 0.1)
        plain.step()
        assertClose(p.data, 0.8, tolerance: 1e-15)
        plain.zeroGrad()
        XCTAssertEqual(p.grad, 0)
        let q = Value(1)
        let momentum = SGD([q], lr: 0.1, momentum: 0.9)
        q.grad = 1
        momentum.step()   // v = 1
        momentum.step()   // v = 1.9
        assertClose(q.data, 1 - 0.1 - 0.19, tolerance: 1e-12)
        momentum.lr = 0
        momentum.step()
        assertClose(q.data, 0.71, tolerance: 1e-12)
    }

    func testAdamFirstStepMovesByLearningRate() {
        let p = Value(1)
        let adam = Adam([p], lr: 0.01)
        p.grad = 5
        adam.step()
        assertClose(p.data, 0.99, tolerance: 1e-9)   // bias-corrected step is lr·sign(g)
        p.grad = -5
        adam.step()
        XCTAssertGreaterThan(p.data, 0.99 - 1e-9)
        adam.zeroGrad()
        XCTAssertEqual(p.grad, 0)
    }

    func testAdamMinimisesAQuadratic() {
        let x = Value(5)
        let adam = Adam([x], lr: 0.1)
        for _ in 0..<500 {
            let loss = (x - 2) ** 2
            adam.zeroGrad()
            loss.backward()
            adam.step()
        }
        XCTAssertEqual(x.data, 2, accuracy: 1e-2)
    }

    func testClipGradNorm() {
        let a = Value(0), b = Value(0)
        a.grad = 3
        b.grad = 4
        let norm = clipGradNorm([a, b], maxNorm: 1)
        XCTAssertEqual(norm, 5)
        assertClose((a.grad * a.grad + b.grad * b.grad).squareRoot(), 1, tolerance: 1e-6)
        assertClose(a.grad / b.grad, 0.75, tolerance: 1e-12)
        XCTAssertEqual(clipGradNorm([a, b], maxNorm: 10), (a.grad * a.grad + b.grad * b.grad).squareRoot())
        assertClose(a.grad, 0.6, tolerance: 1e-6)
    }
}
