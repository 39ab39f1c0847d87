let r = 1..<5
let c = 1...5
print(r.count, c.count, r.contains(5), c.contains(5))
print(r.lowerBound, r.upperBound, c.upperBound)
print(Array(r), Array(c.reversed()), r.map { $0 * 2 })
print((0..<0).isEmpty, (1...10).filter { $0 % 3 == 0 })
print((1...4).reduce(0, +), (1...5).contains(3))
