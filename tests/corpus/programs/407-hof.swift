let scores = [88, 92, 79, 65, 95, 70]
let passed = scores.filter { $0 >= 70 }
let curved = scores.map { min($0 + 5, 100) }
let total = scores.reduce(0, +)
print(passed, curved, total, Double(total) / Double(scores.count))
print(scores.sorted(by: >), scores.sorted { $0 % 10 < $1 % 10 })
print(scores.max()!, scores.min()!, scores.contains(65), scores.allSatisfy { $0 > 60 })
print(scores.first { $0 > 90 } ?? 0, scores.firstIndex { $0 > 90 } ?? -1)
let names = ["bo", "alice", "Carl", "dee"]
print(names.sorted(), names.sorted { $0.lowercased() < $1.lowercased() })
print(names.map(\.count), names.map { $0.count }.reduce(0, +))
print(names.compactMap { $0.first }.map { String($0) }.joined())
let nested = [[1, 2], [3], []]
print(nested.flatMap { $0 }, nested.map { $0.count }, nested.joined().map { $0 * 2 })
var counter = 0
names.forEach { _ in counter += 1 }
print(counter)
let pairs = names.enumerated().map { ($0.offset, $0.element) }
print(pairs.count, pairs[1].0, pairs[1].1)
print(Array(scores.prefix(2)), Array(scores.suffix(2)), Array(scores.dropFirst(4)), scores.drop { $0 > 80 })
