func memoize<T: Hashable, U>(_ f: @escaping (T) -> U) -> (T) -> U {
    var cache: [T: U] = [:]
    return { x in
        if let v = cache[x] { return v }
        let v = f(x)
        cache[x] = v
        return v
    }
}
var calls = 0
let slowSquare: (Int) -> Int = { calls += 1; return $0 * $0 }
let fast = memoize(slowSquare)
print(fast(4), fast(4), fast(5), calls)
var memo: [Int: Int] = [:]
func ways(_ n: Int) -> Int {
    if n < 0 { return 0 }
    if n == 0 { return 1 }
    if let m = memo[n] { return m }
    let r = ways(n - 1) + ways(n - 2) + ways(n - 3)
    memo[n] = r
    return r
}
print(ways(4), ways(30))
