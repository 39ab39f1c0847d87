let w = [0.5, -1.0, 2.0]
let x = [1.0, 2.0, 3.0]
print(zip(w, x).map { $0 * $1 })
print(zip(w, x).map { wi, xi in wi * xi }.reduce(0, +))
print(zip(w, x).map { (a, b) in a + b })
print(zip(w, x).map { $1 })
print(zip(w, x).reduce(0.0) { $0 + $1.0 * $1.1 })
let d = ["a": 1]
print(d.map { k, v in "\(k)=\(v)" })
for (i, (a, b)) in zip(w, x).enumerated() { print(i, a, b) }
