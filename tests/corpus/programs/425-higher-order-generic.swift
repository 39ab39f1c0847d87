func apply<T>(_ n: Int, _ f: (T) -> T, to x: T) -> T {
    var r = x
    for _ in 0..<n { r = f(r) }
    return r
}
print(apply(3, { $0 * 2 }, to: 1), apply(2, { $0 + "!" }, to: "hi"), apply(4, { $0 / 2 }, to: 10.0))
func memoize<K: Hashable, V>(_ f: @escaping (K) -> V) -> (K) -> V {
    var cache: [K: V] = [:]
    return { k in
        if let v = cache[k] { return v }
        let v = f(k)
        cache[k] = v
        return v
    }
}
var calls = 0
let slowSquare: (Int) -> Int = { calls += 1; return $0 * $0 }
let fast = memoize(slowSquare)
print(fast(4), fast(4), fast(5), calls)
func pipeline<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let lengthThenDouble = pipeline({ (s: String) in s.count }, { Double($0) * 1.5 })
print(lengthThenDouble("four"))
let ops: [(String, (Double, Double) -> Double)] = [("+", +), ("-", -), ("*", *), ("max", max)]
for (name, op) in ops { print(name, op(6, 4)) }
