class Optimizer {
    var lr: Double
    var steps = 0
    init(lr: Double) { self.lr = lr }
    func update(_ p: Double, grad: Double) -> Double {
        steps += 1
        return p - lr * grad
    }
    var name: String { "SGD" }
    func describe() -> String { "\(name)(lr: \(lr), steps: \(steps))" }
}
class Momentum: Optimizer {
    var velocity = 0.0
    let beta: Double
    init(lr: Double, beta: Double = 0.9) {
        self.beta = beta
        super.init(lr: lr)
    }
    override func update(_ p: Double, grad: Double) -> Double {
        velocity = beta * velocity + grad
        steps += 1
        return p - lr * velocity
    }
    override var name: String { "Momentum" }
}
let opts: [Optimizer] = [Optimizer(lr: 0.1), Momentum(lr: 0.1)]
for opt in opts {
    var p = 1.0
    for _ in 0..<3 { p = opt.update(p, grad: 2 * p) }
    print(opt.describe(), p)
}
let m = opts[1]
if let mm = m as? Momentum { print(mm.velocity, mm.beta) }
print(opts[0] === opts[0], opts[0] === opts[1])
