let a: Int? = 3
let b: Int? = nil
print(a.map { $0 * 2 } as Any, b.map { $0 * 2 } as Any)
print(a.map { $0 * 2 }, b.map { $0 * 2 })
let xs: [Int]? = [1, 2, 3]
print(xs.map { $0.count } as Any)
print(xs.map { $0.map { $0 * 10 } } as Any)
let s: String? = "12"
print(s.flatMap { Int($0) } as Any)
let t: String? = "x"
print(t.flatMap { Int($0) } as Any)
let d = ["a": 1]
print(d["a"].map { $0 + 1 } as Any, d["z"].map { $0 + 1 } as Any)
let words = ["hi", "there"]
print(words.last.map { String($0.count) } ?? "none")
print(words.first.map { $0.uppercased() } ?? "none")
let n = a.map { Double($0) / 2 } ?? 0
print(n)
