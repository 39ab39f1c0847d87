extension Array where Element == Int {
    func sum() -> Int { reduce(0, +) }
    var average: Double { Double(sum()) / Double(count) }
}
print([1, 2, 3, 4].sum(), [1, 2, 3, 4].average)
