func digits(_ n: Int) -> [Int] {
    if n < 10 { return [n] }
    return digits(n / 10) + [n % 10]
}
print(digits(12345), digits(0), digits(12345).reduce(0, +))
print(String(12345).compactMap { $0.wholeNumberValue })
