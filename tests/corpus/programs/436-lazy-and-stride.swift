for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
for i in stride(from: 10, through: 0, by: -5) { print(i, terminator: ",") }
print()
let evens = (1...20).filter { $0 % 2 == 0 }.map { $0 * $0 }
print(evens.prefix(3), evens.last!)
let firstBig = (1...100).lazy.map { $0 * $0 }.first { $0 > 50 }
print(firstBig!)
print((1...5).reversed().map { $0 }, Array((0..<3).reversed()))
print((0..<10).contains(9), (0...10).count, (5..<5).isEmpty)
let r = 2...6
print(r.lowerBound, r.upperBound, r.map { $0 }.reduce(0, +))
print(Array(stride(from: 1, to: 10, by: 3)), stride(from: 0, to: 1, by: 0.5).map { $0 })
