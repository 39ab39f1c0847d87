let xs: [Int?] = [nil, 2]
if let f = xs.first { print("first is", f as Any) } else { print("empty") }
print(xs.first as Any, xs.last as Any, xs.first! as Any)
let d: [String: Int?] = ["a": nil, "b": 1]
if let v = d["a"] { print("has a:", v as Any) } else { print("no a") }
print(d["a"] as Any, d["b"] as Any, d["z"] as Any)
print((d["a"] ?? 5) as Any)
let nn: Int?? = .some(nil)
print(nn as Any, nn == nil)
switch nn {
case .some(.none): print("some none")
case .some(.some(let x)): print("value", x)
case .none: print("none")
}
let m: Int?? = 4
if case let x?? = m { print("double", x) }
let s: String? = "x"
print(s.map { Int($0) } as Any)
let e: [Int?] = []
print(e.first as Any)
var stack: [Int?] = [nil]
print(stack.popLast() as Any, stack.popLast() as Any)
print(xs.compactMap { $0 }, xs.map { $0 ?? 0 })
