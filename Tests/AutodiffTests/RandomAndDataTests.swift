import XCTest
import Foundation
@testable import Autodiff

final class RandomAndDataTests: XCTestCase {
    func testSeedingReproducesSequences() {
        let r = RandomSource(seed: 123)
        let first = (0..<5).map { _ in r.next() }
        r.seed(123)
        XCTAssertEqual((0..<5).map { _ in r.next() }, first)
        r.seed(124)
        XCTAssertNotEqual((0..<5).map { _ in r.next() }, first)
    }

    func testUniformIntAndShuffle() {
        let r = RandomSource(seed: 1)
        let u = (0..<10_000).map { _ in r.uniform(in: -1...1) }
        XCTAssertTrue(u.allSatisfy { (-1...1).contains($0) })
        XCTAssertEqual(u.reduce(0, +) / 10_000, 0, accuracy: 0.05)
        let ints = (0..<10_000).map { _ in r.int(in: 3..<7) }
        XCTAssertEqual(Set(ints), [3, 4, 5, 6])
        XCTAssertEqual(r.int(in: 5..<5), 5)
        var a = Array(0..<50)
        r.shuffle(&a)
        XCTAssertNotEqual(a, Array(0..<50))
        XCTAssertEqual(a.sorted(), Array(0..<50))
        var generator = r   // a RandomNumberGenerator, so the standard library's shuffles can use it
        XCTAssertEqual([1, 2, 3].shuffled(using: &generator).sorted(), [1, 2, 3])
    }

    func testNormalHasMeanZeroAndUnitVariance() {
        let r = RandomSource(seed: 99)
        let xs = (0..<20_000).map { _ in r.normal() }
        let mean = xs.reduce(0, +) / Double(xs.count)
        let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count)
        XCTAssertEqual(mean, 0, accuracy: 0.03)
        XCTAssertEqual(variance, 1, accuracy: 0.05)
    }

    func testXOR() {
        let (X, y) = xorData()
        XCTAssertEqual(X, [[0, 0], [0, 1], [1, 0], [1, 1]])
        XCTAssertEqual(y, [0, 1, 1, 0])
    }

    func testMoonsWithoutNoiseLieOnTheTwoHalfCircles() {
        RandomSource.shared.seed(3)
        let (X, y) = makeMoons(100, noise: 0)
        XCTAssertEqual(X.count, 100)
        XCTAssertEqual(y.filter { $0 == 0 }.count, 50)
        XCTAssertEqual(y.filter { $0 == 1 }.count, 50)
        for (p, label) in zip(X, y) {
            let (cx, cy) = label == 0 ? (0.0, 0.0) : (1.0, 0.5)
            assertClose(((p[0] - cx) * (p[0] - cx) + (p[1] - cy) * (p[1] - cy)).squareRoot(), 1, tolerance: 1e-12)
            XCTAssertTrue(label == 0 ? p[1] >= -1e-12 : p[1] <= 0.5 + 1e-12)
        }
        XCTAssertNotEqual(y, y.sorted(), "examples are shuffled")
    }

    func testNoisyDataSetsAreReproducible() {
        RandomSource.shared.seed(11)
        let a = makeMoons(50, noise: 0.1)
        RandomSource.shared.seed(11)
        let b = makeMoons(50, noise: 0.1)
        XCTAssertEqual(a.X, b.X)
        XCTAssertEqual(a.y, b.y)
    }

    func testCirclesSpiralsBlobs() {
        RandomSource.shared.seed(5)
        let circles = makeCircles(80, noise: 0, factor: 0.3)
        for (p, label) in zip(circles.X, circles.y) {
            assertClose((p[0] * p[0] + p[1] * p[1]).squareRoot(), label == 0 ? 1 : 0.3, tolerance: 1e-12)
        }
        let spirals = makeSpirals(90, classes: 3)
        XCTAssertEqual(spirals.X.count, 90)
        XCTAssertEqual(Set(spirals.y), [0, 1, 2])
        XCTAssertEqual(spirals.y.filter { $0 == 2 }.count, 30)
        XCTAssertTrue(spirals.X.allSatisfy { $0.count == 2 && ($0[0] * $0[0] + $0[1] * $0[1]) <= 1 + 1e-12 })
        let blobs = makeBlobs(100, centers: 4, std: 0.5)
        XCTAssertEqual(blobs.X.count, 100)
        XCTAssertEqual(Set(blobs.y), [0, 1, 2, 3])
        XCTAssertEqual(makeMoons(0).X.count, 0)
        XCTAssertEqual(makeBlobs(5, centers: 0).X.count, 5)
    }

    func testLoadCSV() throws {
        let path = NSTemporaryDirectory() + "autodiff-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "x1,x2,label\n0.5,1.5,1\n-2,3e-1,0\n\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (X, y) = try loadCSV(path)
        XCTAssertEqual(X, [[0.5, 1.5], [-2, 0.3]])
        XCTAssertEqual(y, [1, 0])
        try "1,2,0.5\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try loadCSV(path))
        try "1,2,0\n1,0\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try loadCSV(path))
        try "1,2,0\n1,x,0\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try loadCSV(path))
        XCTAssertThrowsError(try loadCSV(path + ".missing"))
    }
}
