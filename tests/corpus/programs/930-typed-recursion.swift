// Global functions over Int, Double and Bool (the interpreter's typed tier): recursion, loops,
// literals taking their context's type, calls between them.
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func isPrime(_ n: Int) -> Bool {
    if n < 2 { return false }
    var d = 2
    while d * d <= n {
        if n % d == 0 { return false }
        d += 1
    }
    return true
}
func countPrimes(below n: Int) -> Int {
    var count = 0
    for i in 0..<n where true { if isPrime(i) { count += 1 } }
    return count
}
func harmonic(_ n: Int) -> Double {
    var sum = 0.0
    for k in 1...n { sum += 1 / Double(k) }
    return sum
}
func collatz(_ start: Int) -> Int {
    var n = start, steps = 0
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}
func clamp(_ x: Double, low: Double, high: Double) -> Double {
    if x < low { return low } else if x > high { return high }
    return x
}
print(fib(20), gcd(1071, 462), countPrimes(below: 100))
print(harmonic(10))
print(collatz(27), collatz(97))
print(clamp(-2, low: 0, high: 1), clamp(0.25, low: 0, high: 1), clamp(7, low: 0, high: 1))
print(-7 / 2, -7 % 2, isPrime(97), !isPrime(91))
