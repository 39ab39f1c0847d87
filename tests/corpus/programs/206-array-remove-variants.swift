var xs = [5, 3, 8, 1, 9, 2]
print(xs.removeLast(), xs.removeFirst(), xs)
print(xs.popLast() ?? -1, xs)
xs.removeAll { $0 > 4 }
print(xs)
var ys = Array(1...10)
ys.removeFirst(3)
ys.removeLast(2)
print(ys)
ys.removeSubrange(1..<3)
print(ys)
var empty: [Int] = []
print(empty.popLast() == nil, empty.isEmpty)
ys.removeAll(keepingCapacity: true)
print(ys.count)
