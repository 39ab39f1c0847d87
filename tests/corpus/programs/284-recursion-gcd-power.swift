func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
func power(_ base: Double, _ exp: Int) -> Double {
    if exp == 0 { return 1 }
    if exp < 0 { return 1 / power(base, -exp) }
    let half = power(base, exp / 2)
    return exp % 2 == 0 ? half * half : half * half * base
}
print(gcd(48, 18), gcd(17, 5), lcm(4, 6), (1...10).reduce(1, lcm))
print(power(2, 10), power(2, -2), power(1.5, 3))
func digitsSum(_ n: Int) -> Int { n < 10 ? n : n % 10 + digitsSum(n / 10) }
print(digitsSum(98765))
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(ackermann(2, 3))
