func primeFactors(_ n: Int) -> [Int] {
    var n = n, d = 2, out: [Int] = []
    while d * d <= n {
        while n % d == 0 { out.append(d); n /= d }
        d += 1
    }
    if n > 1 { out.append(n) }
    return out
}
for n in [12, 97, 360, 1001, 65536] { print(n, primeFactors(n)) }
func divisors(_ n: Int) -> [Int] { (1...n).filter { n % $0 == 0 } }
print(divisors(28), divisors(28).dropLast().reduce(0, +) == 28)
let perfect = (2...500).filter { n in (1..<n).filter { n % $0 == 0 }.reduce(0, +) == n }
print(perfect)
