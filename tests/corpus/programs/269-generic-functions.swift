func swapPair<A, B>(_ p: (A, B)) -> (B, A) { (p.1, p.0) }
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
func countMatches<T: Equatable>(_ xs: [T], _ target: T) -> Int { xs.filter { $0 == target }.count }
func apply<T>(_ f: (T) -> T, times n: Int, to x: T) -> T {
    var v = x
    for _ in 0..<n { v = f(v) }
    return v
}
print(swapPair((1, "a")), largest([3, 9, 2])!, largest(["pear", "apple"])!, largest([Double]()) == nil)
print(countMatches([1, 2, 1, 1], 1), countMatches(["a", "b"], "c"))
print(apply({ $0 * 2 }, times: 10, to: 1), apply({ $0 + "!" }, times: 3, to: "hi"))
