func powerSet(_ xs: [Int]) -> [[Int]] {
    var result: [[Int]] = [[]]
    for x in xs { result += result.map { $0 + [x] } }
    return result
}
print(powerSet([1, 2, 3]))
print(powerSet([1, 2, 3, 4]).count)
