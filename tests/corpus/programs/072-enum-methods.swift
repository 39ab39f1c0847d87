enum Op: String {
    case add = "+", sub = "-", mul = "*"
    func apply(_ a: Int, _ b: Int) -> Int {
        switch self {
        case .add: return a + b
        case .sub: return a - b
        case .mul: return a * b
        }
    }
    var symbol: String { rawValue }
}
for op in [Op.add, Op.sub, Op.mul] { print(7, op.symbol, 3, "=", op.apply(7, 3)) }
