/// Neural-network layers on tensors: a `Linear` layer computes x·W + b for a batch of rows at once,
/// and `Sequential` chains layers and activations. Parameters are tensors with `requiresGrad`.
public final class Linear {
    public let nin: Int
    public let nout: Int
    /// [nin, nout]: column j holds output j's weights (x·W, rows are examples, as the matrix-form lesson).
    public let weight: Tensor
    /// [nout].
    public let bias: Tensor

    /// Weights uniform in ±1/√nin (PyTorch's default range) from the seeded generator, bias 0.
    public init(_ nin: Int, _ nout: Int, source: RandomSource = .shared) throws {
        guard nin > 0, nout > 0, nin <= 1 << 14, nout <= 1 << 14 else {
            throw TensorError.invalid("Linear", "needs positive sizes up to 16384, got \(nin) and \(nout)")
        }
        self.nin = nin
        self.nout = nout
        let bound = 1 / Double(nin).squareRoot()
        weight = Tensor(shape: [nin, nout], data: (0..<(nin * nout)).map { _ in source.uniform(in: -bound...bound) },
                        requiresGrad: true, label: "W")
        bias = Tensor(shape: [nout], data: Array(repeating: 0, count: nout), requiresGrad: true, label: "b")
    }

    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        guard x.rank >= 1, x.shape[x.rank - 1] == nin else {
            throw TensorError.shapeMismatch(op: "Linear(\(nin), \(nout))", lhs: x.shape, rhs: weight.shape,
                                            reason: "do not chain (the input needs \(nin) columns)")
        }
        return try Tensor.matmul(x, weight) + bias
    }

    public func parameters() -> [Tensor] { [weight, bias] }
}

/// Layers applied in order: `Linear`s, element-wise activations, or any function of a tensor.
public final class Sequential {
    public enum Step {
        case linear(Linear)
        case activation(UnaryOp)
        case function(String, (Tensor) throws -> Tensor)
    }

    public let steps: [Step]

    public init(_ steps: [Step]) {
        self.steps = steps
        var n = 0
        for case let .linear(l) in steps {
            n += 1
            if l.weight.label == "W" { l.weight.label = "W\(n)" }
            if l.bias.label == "b" { l.bias.label = "b\(n)" }
        }
    }

    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        var out = x
        for step in steps {
            switch step {
            case let .linear(l): out = try l(out)
            case let .activation(op): out = out.unary(op)
            case let .function(_, f): out = try f(out)
            }
        }
        return out
    }

    public func parameters() -> [Tensor] {
        steps.flatMap { step -> [Tensor] in if case let .linear(l) = step { return l.parameters() } else { return [] } }
    }

    public var description: String {
        "Sequential(" + steps.map { step -> String in
            switch step {
            case let .linear(l): return "Linear(\(l.nin), \(l.nout))"
            case let .activation(op): return "." + op.rawValue
            case let .function(name, _): return name
            }
        }.joined(separator: ", ") + ")"
    }
}

/// Scales the gradients of tensor parameters down so their global L2 norm is at most `maxNorm`;
/// returns the norm before clipping (as the scalar `clipGradNorm`).
@discardableResult
public func clipGradNorm(_ params: [Tensor], maxNorm: Double) -> Double {
    let norm = params.reduce(0.0) { acc, p in acc + (p.grad ?? []).reduce(0) { $0 + $1 * $1 } }.squareRoot()
    if norm > maxNorm && norm.isFinite {
        let scale = maxNorm / (norm + 1e-6)
        for p in params where p.grad != nil {
            for i in 0..<p.grad!.count { p.grad![i] *= scale }
        }
    }
    return norm
}
