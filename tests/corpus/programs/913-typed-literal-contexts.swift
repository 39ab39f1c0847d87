let t: [Double] = [1, 3]
print(t[0] / 2)
print(t)
let f: (Double) -> Double = { $0 / 2 }
print(f(3))
let m: [[Double]] = [[1, 2], [3]]
print(m, m[1][0] / 2)
let tup: (Double, Int) = (1, 2)
print(tup, tup.0 / 2)
struct P { var x: Double; var y: Double = 0 }
let p = P(x: 3)
print(p.x / 2, p.y)
func half(_ x: Double) -> Double { x / 2 }
print(half(1))
func one() -> Double { return 1 }
print(one() / 4)
let g: (Int, Double) -> Double = { a, b in Double(a) + b }
print(g(1, 2))
let opt: Double? = 2
print(opt! / 4)
let dict: [String: Double] = ["a": 1]
print(dict["a"]! / 2)
