let r = 3..<8
print(r.count, r.lowerBound, r.upperBound, r.contains(8), r.isEmpty, (5..<5).isEmpty)
let c = 1...10
print(c.reduce(0, +), c.filter { $0 % 4 == 0 }, c.map { $0 * $0 }.last!)
print(Array((0..<10).reversed()), Array(stride(from: 10, to: 0, by: -4)))
let xs = [10, 20, 30, 40, 50]
print(xs[1...], xs[..<2], xs[...2], xs[1..<4].map { $0 / 10 })
print((1...5).clamped(to: 2...3), (0..<3).overlaps(2..<5))
let letters = Array("abcdef")
print(String(letters[2...4]))
for i in (1...3).reversed() { print(i, terminator: ",") }
print()
