let scores = [72, 88, 95, 61, 79]
print(scores.allSatisfy { $0 > 60 }, scores.contains { $0 > 90 }, scores.contains(88))
print(scores.min()!, scores.max()!, scores.count)
print(scores.filter { $0 >= 75 }.count)
print(scores.indices.filter { scores[$0] < 80 })
print(scores.enumerated().max { $0.element < $1.element }!.offset)
print(scores.sorted().reversed().map { $0 })
print(scores.isEmpty, [Int]().allSatisfy { $0 > 0 }, [Int]().max() == nil)
