import Foundation

// Toy classification data sets; all randomness comes from `RandomSource.shared`, so `seed(n)` makes
// them reproducible. Each returns `X` (one row of features per example) and integer labels `y`.

/// The four XOR points with labels [0, 1, 1, 0].
public func xorData() -> (X: [[Double]], y: [Int]) {
    ([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0])
}

/// `count` points evenly spaced from `start` to `stop`, both included (numpy's `linspace`).
internal func linspace(_ start: Double, _ stop: Double, _ count: Int, endpoint: Bool = true) -> [Double] {
    guard count > 0 else { return [] }
    let divisions = endpoint ? count - 1 : count
    guard divisions > 0 else { return [start] }
    let step = (stop - start) / Double(divisions)
    return (0..<count).map { start + Double($0) * step }
}

/// Shuffles the examples together (as scikit-learn does with `shuffle=True`), then adds noise.
private func shuffledWithNoise(_ X: [[Double]], _ y: [Int], noise: Double) -> (X: [[Double]], y: [Int]) {
    let rng = RandomSource.shared
    var order = Array(0..<X.count)
    rng.shuffle(&order)
    var outX = order.map { X[$0] }
    if noise > 0 {
        outX = outX.map { row in row.map { $0 + noise * rng.normal() } }
    }
    return (outX, order.map { y[$0] })
}

/// Two interleaving half circles (scikit-learn's `make_moons`): the upper moon is label 0, the
/// lower one (shifted right and down) label 1; Gaussian noise of standard deviation `noise`.
public func makeMoons(_ n: Int, noise: Double = 0.1) -> (X: [[Double]], y: [Int]) {
    let total = Swift.max(0, n)
    let nOut = total / 2, nIn = total - nOut
    var X: [[Double]] = [], y: [Int] = []
    for t in linspace(0, .pi, nOut) { X.append([cos(t), sin(t)]); y.append(0) }
    for t in linspace(0, .pi, nIn) { X.append([1 - cos(t), 1 - sin(t) - 0.5]); y.append(1) }
    return shuffledWithNoise(X, y, noise: noise)
}

/// A large circle (label 0) around a smaller one scaled by `factor` (label 1), as scikit-learn's
/// `make_circles`.
public func makeCircles(_ n: Int, noise: Double = 0.05, factor: Double = 0.5) -> (X: [[Double]], y: [Int]) {
    let total = Swift.max(0, n)
    let nOut = total / 2, nIn = total - nOut
    var X: [[Double]] = [], y: [Int] = []
    for t in linspace(0, 2 * .pi, nOut, endpoint: false) { X.append([cos(t), sin(t)]); y.append(0) }
    for t in linspace(0, 2 * .pi, nIn, endpoint: false) {
        X.append([factor * cos(t), factor * sin(t)]); y.append(1)
    }
    return shuffledWithNoise(X, y, noise: noise)
}

/// `classes` interleaved spiral arms (CS231n's spiral data): arm k has radius growing 0 → 1 while its
/// angle turns by 4 radians; `noise` perturbs the angle.
public func makeSpirals(_ n: Int, classes: Int = 2, noise: Double = 0.1) -> (X: [[Double]], y: [Int]) {
    let k = Swift.max(1, classes), total = Swift.max(0, n)
    let rng = RandomSource.shared
    var X: [[Double]] = [], y: [Int] = []
    for c in 0..<k {
        let count = total / k + (c < total % k ? 1 : 0)
        let radii = linspace(0, 1, count)
        let angles = linspace(Double(c) * 2 * .pi / Double(k), Double(c) * 2 * .pi / Double(k) + 4, count)
        for (r, a) in zip(radii, angles) {
            let angle = a + noise * rng.normal()
            X.append([r * sin(angle), r * cos(angle)])
            y.append(c)
        }
    }
    return shuffledWithNoise(X, y, noise: 0)
}

/// Gaussian blobs around `centers` centres drawn uniformly in [-10, 10]² (scikit-learn's
/// `make_blobs`); label = index of the blob.
public func makeBlobs(_ n: Int, centers: Int = 3, std: Double = 1.0) -> (X: [[Double]], y: [Int]) {
    let k = Swift.max(1, centers), total = Swift.max(0, n)
    let rng = RandomSource.shared
    let centres = (0..<k).map { _ in [rng.uniform(in: -10...10), rng.uniform(in: -10...10)] }
    var X: [[Double]] = [], y: [Int] = []
    for c in 0..<k {
        let count = total / k + (c < total % k ? 1 : 0)
        for _ in 0..<count {
            X.append([centres[c][0] + std * rng.normal(), centres[c][1] + std * rng.normal()])
            y.append(c)
        }
    }
    return shuffledWithNoise(X, y, noise: 0)
}
