let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 }, Array(nested.joined()), nested.map { $0.count })
let words = ["ab", "cde"]
print(words.flatMap { Array($0) })
print(words.joined(), words.joined(separator: "+"))
let pairs = (1...3).flatMap { i in (1...2).map { j in (i, j) } }
print(pairs.count, pairs[0], pairs[5])
let maybe = ["1", "x", "3"].map { Int($0) }
print(maybe.compactMap { $0 })
let grid = [[1, 2, 3], [4, 5, 6]]
print(grid.reduce([], +), grid.map { $0.reduce(0, +) })
