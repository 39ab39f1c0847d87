let xs = [1, 2, 3, 4]
print(Array(xs.reversed()), xs.reversed().map { $0 * 10 })
let nested = [[1, 2], [3], [4, 5, 6]]
print(nested.flatMap { $0 }, Array(nested.joined()))
print(nested.map { $0.count })
