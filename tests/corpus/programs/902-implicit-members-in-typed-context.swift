enum Token { case number(Double), op(Character), paren }
let ts: [Token] = [.number(3), .op("+"), .paren]
print(ts.count)
if case let .number(n) = ts[0] { print(n / 2) }
let pair: (Double, Double) = (0, .infinity)
print(pair)
var bounds: [(lo: Double, hi: Double)] = [(0, .infinity), (-.infinity, 1)]
print(bounds)
struct S { var t: Token; var r: (Double, Double) }
let s = S(t: .number(4), r: (1, .pi))
if case let .number(n) = s.t { print(n) }
print(s.r)
func f(_ t: Token) -> Double { if case let .number(n) = t { return n / 8 }; return 0 }
print(f(.number(1)))
let d: [String: Token] = ["a": .number(2)]
if case let .number(n) = d["a"]! { print(n / 4) }
let m: Token? = .number(5)
if case let .number(n)? = m { print(n / 2) }
enum Shape { case circle(r: Double), rect(w: Double, h: Double) }
let shapes: [Shape] = [.circle(r: 1), .rect(w: 2, h: 3)]
for sh in shapes { switch sh { case let .circle(r): print(r / 2); case let .rect(w, h): print(w * h / 4) } }
