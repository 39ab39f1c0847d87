enum Activation {
    case relu
    case leakyRelu(slope: Double)
    case sigmoid
    case custom(name: String, f: (Double) -> Double)

    func apply(_ x: Double) -> Double {
        switch self {
        case .relu: return max(0, x)
        case .leakyRelu(let a): return x > 0 ? x : a * x
        case .sigmoid: return 1 / (1 + (-x).exp())
        case let .custom(_, f): return f(x)
        }
    }
    var name: String {
        switch self {
        case .relu: return "relu"
        case .leakyRelu(slope: let s): return "leaky(\(s))"
        case .sigmoid: return "sigmoid"
        case .custom(let name, _): return name
        }
    }
}
extension Double { func exp() -> Double { var s = 1.0, t = 1.0; for k in 1..<30 { t *= self / Double(k); s += t }; return s } }
let acts: [Activation] = [.relu, .leakyRelu(slope: 0.1), .sigmoid, .custom(name: "square", f: { $0 * $0 })]
for a in acts {
    print(a.name, [-2.0, 0.5].map { a.apply($0) })
}
if case .leakyRelu(let s) = acts[1], s < 1 { print("small slope", s) }
enum Shape { case circle(r: Double), rect(w: Double, h: Double) }
let shapes: [Shape] = [.circle(r: 1), .rect(w: 2, h: 3)]
let areas = shapes.map { shape -> Double in
    switch shape {
    case .circle(let r): return 3.14 * r * r
    case let .rect(w, h): return w * h
    }
}
print(areas)
