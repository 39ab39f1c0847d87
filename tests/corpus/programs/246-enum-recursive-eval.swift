import Foundation
indirect enum Expr {
    case num(Double)
    case variable
    case add(Expr, Expr)
    case mul(Expr, Expr)
    case pow(Expr, Int)
}
func eval(_ e: Expr, x: Double) -> Double {
    switch e {
    case .num(let v): return v
    case .variable: return x
    case let .add(a, b): return eval(a, x: x) + eval(b, x: x)
    case let .mul(a, b): return eval(a, x: x) * eval(b, x: x)
    case let .pow(a, n): return (0..<n).reduce(1.0) { acc, _ in acc * eval(a, x: x) }
    }
}
func derive(_ e: Expr) -> Expr {
    switch e {
    case .num: return .num(0)
    case .variable: return .num(1)
    case let .add(a, b): return .add(derive(a), derive(b))
    case let .mul(a, b): return .add(.mul(derive(a), b), .mul(a, derive(b)))
    case let .pow(a, n): return .mul(.mul(.num(Double(n)), .pow(a, n - 1)), derive(a))
    }
}
let f = Expr.add(.mul(.num(3), .pow(.variable, 2)), .mul(.num(2), .variable))
for x in [0.0, 1.0, 2.5] { print(eval(f, x: x), eval(derive(f), x: x)) }
