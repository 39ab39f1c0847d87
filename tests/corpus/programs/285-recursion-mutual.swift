func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print((0..<6).map(isEven), isOdd(101))
func flatten(_ x: Any) -> [Int] {
    if let i = x as? Int { return [i] }
    if let arr = x as? [Any] { return arr.flatMap(flatten) }
    return []
}
print(flatten([1, [2, [3, 4]], [[5]], "x"] as [Any]))
func depth(_ x: Any) -> Int {
    guard let arr = x as? [Any] else { return 0 }
    return 1 + (arr.map(depth).max() ?? 0)
}
print(depth([1, [2, [3]]] as [Any]))
