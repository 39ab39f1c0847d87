indirect enum Expr { case leaf(Double), node(Expr, Expr), neg(Expr) }
func eval(_ e: Expr) -> Double {
    switch e { case let .leaf(x): return x; case let .node(a, b): return eval(a) + eval(b); case let .neg(a): return -eval(a) }
}
let t = Expr.node(.leaf(1), .neg(.leaf(2)))
print(eval(t))
enum Phase { case warmup, finetune }
let ps = [Phase.finetune, .warmup]
print(ps.count, ps[0] == .finetune, ps == [.finetune, .warmup])
let bounds: (Double, Double) = (0, .infinity)
print(bounds)
