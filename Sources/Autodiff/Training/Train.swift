import Foundation

/// Which loss `train` minimises.
public enum LossKind: String, CaseIterable {
    /// Mean squared error against the label as a number (one-hot for several outputs).
    case mse
    /// Cross-entropy on sigmoid probabilities (a sigmoid is applied unless the output layer has one).
    case binaryCrossEntropy
    /// Max-margin loss with labels 0/1 mapped to −1/+1 (micrograd's moons demo).
    case hinge
}

/// Reported by `train` after every epoch.
public struct TrainProgress {
    public var epoch: Int       // 1-based
    public var epochs: Int
    public var loss: Double     // mean loss of the epoch's batches
    public var elapsed: Double  // seconds since training started

    public init(epoch: Int, epochs: Int, loss: Double, elapsed: Double) {
        self.epoch = epoch
        self.epochs = epochs
        self.loss = loss
        self.elapsed = elapsed
    }
}

/// The loss of `model` on the examples `indices`.
public func lossOf(_ model: MLP, _ X: [[Double]], _ y: [Int], indices: [Int], kind: LossKind) -> Value {
    let outputs = indices.map { model(X[$0]) }
    let labels = indices.map { y[$0] }
    let scores = outputs.compactMap { $0.first }
    let multiOutput = (outputs.first?.count ?? 0) > 1
    switch kind {
    case .mse where multiOutput:
        var preds: [Value] = []
        var targets: [Double] = []
        for (out, label) in zip(outputs, labels) {
            for (k, o) in out.enumerated() { preds.append(o); targets.append(k == label ? 1 : 0) }
        }
        return mse(preds, targets)
    case .mse:
        return mse(scores, labels.map(Double.init))
    case .binaryCrossEntropy:
        let hasSigmoid = model.layers.last?.activation == .sigmoid
        return binaryCrossEntropy(hasSigmoid ? scores : scores.map { $0.sigmoid() },
                                  labels.map { $0 > 0 ? 1 : 0 })
    case .hinge:
        return hingeLoss(scores, labels.map { $0 > 0 ? 1 : -1 })
    }
}

/// Trains `model` with plain SGD for `epochs` passes over the data (full batch unless `batchSize`
/// is given; batches are drawn in a shuffled order from `RandomSource.shared`). Returns one loss per
/// epoch (the mean over its batches). `progress` is called after each epoch; `shouldStop` is polled
/// before every batch, and stopping returns the history so far. `learningRate`, when given, is read
/// before every step instead of `lr` (a slider moved while training runs).
public func train(_ model: MLP, _ X: [[Double]], _ y: [Int], epochs: Int, lr: Double, loss: LossKind = .mse,
                  batchSize: Int? = nil, progress: ((TrainProgress) -> Void)? = nil,
                  shouldStop: () -> Bool = { false }, learningRate: (() -> Double)? = nil) -> [Double] {
    let n = Swift.min(X.count, y.count)
    guard n > 0, epochs > 0 else { return [] }
    let optimizer = SGD(model.parameters(), lr: lr)
    let size = Swift.max(1, Swift.min(batchSize ?? n, n))
    let start = Date()
    var history: [Double] = []
    for epoch in 1...epochs {
        var order = Array(0..<n)
        if size < n { RandomSource.shared.shuffle(&order) }
        var total = 0.0
        var batches = 0
        for batchStart in stride(from: 0, to: n, by: size) {
            if shouldStop() { return history }
            let batch = Array(order[batchStart..<Swift.min(batchStart + size, n)])
            let l = lossOf(model, X, y, indices: batch, kind: loss)
            optimizer.zeroGrad()
            l.backward()
            if let learningRate { optimizer.lr = learningRate() }
            optimizer.step()
            total += l.data
            batches += 1
        }
        history.append(total / Double(batches))
        progress?(TrainProgress(epoch: epoch, epochs: epochs, loss: history[history.count - 1],
                                elapsed: Date().timeIntervalSince(start)))
    }
    return history
}
