// Int(x), abs, min and max inside functions over Int and Double (the interpreter's typed tier).
func digits(_ x: Double) -> Int {
    var n = abs(Int(x)), count = 1
    while n >= 10 { n /= 10; count += 1 }
    return count
}
func clampInt(_ v: Int, _ lo: Int, _ hi: Int) -> Int {
    return min(max(v, lo), hi)
}
func distance(_ a: Double, _ b: Double) -> Double {
    return abs(a - b) + min(a, b) * 0 + max(1, 2.5)
}
func gcd(_ a: Int, _ b: Int) -> Int {
    var x = abs(a), y = abs(b)
    while y != 0 { let t = x % y; x = y; y = t }
    return x
}
func roundTrip(_ n: Int) -> Int {
    return Int(Double(n) / 2.0) + Int(-1.75)
}
print(digits(12345.9), digits(-987.5), digits(0.5))
print(clampInt(5, 0, 3), clampInt(-5, 0, 3), clampInt(2, 0, 3))
print(distance(1.5, -2.25), distance(3, 3))
print(gcd(-48, 18), gcd(17, -5), gcd(0, 9))
print(roundTrip(7), roundTrip(-7))
