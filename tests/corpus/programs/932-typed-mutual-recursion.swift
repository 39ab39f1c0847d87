// Functions of one cell calling each other whatever their order (the interpreter's typed tier):
// mutual recursion, argument shapes (locals, literals, n - 1, n + 1, expressions), conditions
// comparing locals with literals and locals.
func isEven(_ n: Int) -> Bool {
    if n == 0 { return true }
    return isOdd(n - 1)
}
func isOdd(_ n: Int) -> Bool {
    if n == 0 { return false }
    return isEven(n - 1)
}
func ping(_ n: Int, _ x: Double) -> Double {
    if n <= 0 { return x }
    return pong(n - 1, x * 2)
}
func pong(_ n: Int, _ x: Double) -> Double {
    return ping(n - 1, x + 1)
}
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
func steps(_ a: Int, _ b: Int) -> Int {
    var i = a, count = 0
    while i < b { i += 3; count += 1 }
    if count >= 10 { return count * 2 }
    return count
}
func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double {
    if x < lo { return lo }
    if x > hi { return hi }
    return x
}
print(isEven(10), isOdd(7), isEven(999), isOdd(0))
print(ping(5, 1), ping(0, 2.5), pong(3, 0.5))
print(ackermann(2, 3), ackermann(3, 3))
print(steps(0, 10), steps(5, 100), steps(7, 7))
print(clamp(-1, 0, 1), clamp(0.5, 0, 1), clamp(3, 0, 1))
