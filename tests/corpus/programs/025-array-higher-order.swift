let xs = [1, 2, 3, 4, 5, 6]
print(xs.map { $0 * $0 })
print(xs.filter { $0 % 2 == 0 })
print(xs.reduce(0, +), xs.reduce(1, *))
print(xs.reduce(0) { $0 + $1 * 2 })
print(xs.map { Double($0) / 2 })
