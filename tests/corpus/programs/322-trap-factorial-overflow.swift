// trap: Overflow
func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
for n in stride(from: 5, through: 30, by: 5) {
    print(n, factorial(n))
}
