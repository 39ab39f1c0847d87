func combinations(_ xs: [Int], _ k: Int) -> [[Int]] {
    if k == 0 { return [[]] }
    guard let first = xs.first else { return [] }
    let rest = Array(xs.dropFirst())
    return combinations(rest, k - 1).map { [first] + $0 } + combinations(rest, k)
}
print(combinations([1, 2, 3, 4], 2))
print(combinations(Array(1...10), 3).count)
func subsetsSum(_ xs: [Int], _ target: Int) -> Bool {
    if target == 0 { return true }
    guard let x = xs.first, target > 0 else { return false }
    let rest = Array(xs.dropFirst())
    return subsetsSum(rest, target - x) || subsetsSum(rest, target)
}
print(subsetsSum([3, 34, 4, 12, 5, 2], 9), subsetsSum([3, 34, 4], 10))
func binom(_ n: Int, _ k: Int) -> Int { k == 0 || k == n ? 1 : binom(n - 1, k - 1) + binom(n - 1, k) }
print((0...6).map { binom(6, $0) })
