enum Op: String { case add = "+", mul = "*", sub = "-" }
indirect enum Node: CustomStringConvertible {
    case num(Double)
    case binary(Op, Node, Node)
    var description: String {
        switch self {
        case .num(let v): return "\(v)"
        case let .binary(op, l, r): return "(\(l) \(op.rawValue) \(r))"
        }
    }
    func eval() -> Double {
        switch self {
        case .num(let v): return v
        case .binary(.add, let l, let r): return l.eval() + r.eval()
        case .binary(.mul, let l, let r): return l.eval() * r.eval()
        case .binary(.sub, let l, let r): return l.eval() - r.eval()
        }
    }
    func derivative() -> Node {
        switch self {
        case .num: return .num(0)
        case let .binary(.add, l, r), let .binary(.sub, l, r): return .binary(self.opOf, l.derivative(), r.derivative())
        case let .binary(.mul, l, r): return .binary(.add, .binary(.mul, l.derivative(), r), .binary(.mul, l, r.derivative()))
        }
    }
    var opOf: Op { if case let .binary(op, _, _) = self { return op }; return .add }
}
let e: Node = .binary(.mul, .num(3), .binary(.add, .num(2), .num(1)))
print(e, e.eval())
print(e.derivative(), e.derivative().eval())
