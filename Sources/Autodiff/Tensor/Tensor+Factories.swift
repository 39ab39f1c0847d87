/// New tensors: zeros, ones, 0..<n, and standard normal samples from the engine's seeded generator
/// (so `seed(n)` makes them repeatable, as it does the scalar weights and data sets).
extension Tensor {
    private static func checked(_ shape: [Int], _ op: String) throws -> Int {
        guard shape.allSatisfy({ $0 >= 0 }) else { throw TensorError.invalid(op, "negative dimension in shape \(Shape.text(shape))") }
        return try Shape.checkedCount(shape, op: op)
    }

    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) throws -> Tensor {
        Tensor(shape: shape, data: Array(repeating: 0, count: try checked(shape, "zeros")), requiresGrad: requiresGrad)
    }

    public static func ones(_ shape: [Int], requiresGrad: Bool = false) throws -> Tensor {
        Tensor(shape: shape, data: Array(repeating: 1, count: try checked(shape, "ones")), requiresGrad: requiresGrad)
    }

    /// Standard normal samples (mean 0, standard deviation 1).
    public static func randn(_ shape: [Int], requiresGrad: Bool = false,
                             source: RandomSource = .shared) throws -> Tensor {
        let n = try checked(shape, "randn")
        return Tensor(shape: shape, data: (0..<n).map { _ in source.normal() }, requiresGrad: requiresGrad)
    }

    /// 0, 1, …, n − 1.
    public static func arange(_ n: Int) throws -> Tensor {
        _ = try checked([n], "arange")
        return Tensor(shape: [n], data: (0..<n).map(Double.init))
    }
}
