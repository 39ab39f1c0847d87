import Autodiff

/// How a tensor prints: spelled like its initialiser, `Tensor([[1.0, 2.0], [3.0, 4.0]])`, with
/// `requiresGrad: true` when set; a large tensor shows its shape and its first rows.
enum TensorText {
    static let fullLimit = 64
    static let shownRows = 3

    static func describe(_ t: Tensor) -> String {
        let flag = t.requiresGrad && t.isLeaf ? ", requiresGrad: true" : ""
        if t.count <= fullLimit { return "Tensor(\(body(t))\(flag))" }
        let rows = t.rank >= 2 ? t.rows.prefix(shownRows).map { row($0) }.joined(separator: ", ") : row(Array(t.data.prefix(8)))
        return "Tensor(shape: \(shape(t.shape)), first \(t.rank >= 2 ? "rows" : "values") [\(rows), …]\(flag))"
    }

    static func shape(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }

    private static func row(_ xs: [Double]) -> String {
        "[" + xs.prefix(8).map { "\($0)" }.joined(separator: ", ") + (xs.count > 8 ? ", …" : "") + "]"
    }

    private static func body(_ t: Tensor) -> String {
        switch t.rank {
        case 0: return "\(t.data.first ?? 0)"
        case 1: return "[" + t.data.map { "\($0)" }.joined(separator: ", ") + "]"
        default:
            func level(_ d: Int, _ offset: Int) -> String {
                if d == t.rank - 1 {
                    return "[" + t.data[offset..<(offset + t.shape[d])].map { "\($0)" }.joined(separator: ", ") + "]"
                }
                let stride = t.shape[(d + 1)...].reduce(1, *)
                return "[" + (0..<t.shape[d]).map { level(d + 1, offset + $0 * stride) }.joined(separator: ", ") + "]"
            }
            return level(0, 0)
        }
    }
}
