func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(factorial(10), factorial(20), fib(20), gcd(84, 36))
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String) -> Int {
    if n == 0 { return 0 }
    return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from)
}
print(hanoi(10, "A", "C", "B"))
