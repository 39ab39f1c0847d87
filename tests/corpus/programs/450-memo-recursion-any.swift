var cache = [Int: Int]()
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let c = cache[n] { return c }
    let r = fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
}
print(fib(50), cache.count)
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(ackermann(2, 3))
func flatten(_ xs: [Any]) -> [Int] {
    var out: [Int] = []
    for x in xs {
        if let i = x as? Int { out.append(i) } else if let arr = x as? [Any] { out += flatten(arr) }
    }
    return out
}
print(flatten([1, [2, [3, 4]], 5] as [Any]))
