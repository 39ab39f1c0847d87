func newtonSqrt(_ a: Double) -> Double {
    var x = a
    for _ in 0..<20 { x = 0.5 * (x + a / x) }
    return x
}
print(newtonSqrt(2), newtonSqrt(9), newtonSqrt(1e6))
