let zeros = Array(repeating: 0.0, count: 4)
print(zeros, zeros.count)
var counts = [Int](repeating: 0, count: 5)
for x in [1, 3, 3, 4, 1, 1] { counts[x] += 1 }
print(counts)
print(Array(1...5), Array(stride(from: 10, to: 0, by: -3)))
