/// Loss functions: each returns one node, the mean over the examples (0 for no examples).

/// Left-to-right sum `((v0 + v1) + v2) + …`, as Python's `sum` builds it.
internal func sumNodes(_ values: [Value]) -> Value? {
    guard var total = values.first else { return nil }
    for v in values.dropFirst() { total = total + v }
    return total
}

internal func meanNodes(_ values: [Value]) -> Value {
    guard let total = sumNodes(values) else { return Value(0) }
    return total * (1.0 / Double(values.count))
}

/// Mean squared error: mean of (prediction − target)².
public func mse(_ predictions: [Value], _ targets: [Double]) -> Value {
    meanNodes(zip(predictions, targets).map { p, t in (p - t) ** 2 })
}

/// Binary cross-entropy on probabilities in (0, 1): mean of −(t·log p + (1 − t)·log(1 − p)).
/// A target of exactly 0 or 1 contributes only its one term.
public func binaryCrossEntropy(_ probabilities: [Value], _ targets: [Double]) -> Value {
    meanNodes(zip(probabilities, targets).map { p, t -> Value in
        if t == 1 { return -(p.log()) }
        if t == 0 { return -((1.0 - p).log()) }
        return -(t * p.log() + (1 - t) * (1.0 - p).log())
    })
}

/// Max-margin (hinge) loss of micrograd's moons demo: mean of relu(1 − y·s), labels ±1.
public func hingeLoss(_ scores: [Value], _ labels: [Double]) -> Value {
    meanNodes(zip(scores, labels).map { s, y in (1.0 + (-y) * s).relu() })
}

/// L2 regularisation: alpha · Σ p².
public func l2Penalty(_ params: [Value], alpha: Double) -> Value {
    guard let total = sumNodes(params.map { $0 * $0 }) else { return Value(0) }
    return alpha * total
}
