let xs = [3, 8, 1, 9, 4]
print(xs.reduce(Int.min) { max($0, $1) })
print(xs.reduce("") { $0 + String($1) })
print(xs.reduce(into: 0) { $0 += $1 })
print(xs.map { $0 % 2 == 0 ? "even" : "odd" })
