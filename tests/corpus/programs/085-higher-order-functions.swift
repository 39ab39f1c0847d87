func applyTwice(_ f: (Int) -> Int, _ x: Int) -> Int { f(f(x)) }
print(applyTwice({ $0 * 3 }, 2))
func integrate(_ f: (Double) -> Double, from a: Double, to b: Double, steps: Int) -> Double {
    let h = (b - a) / Double(steps)
    var s = 0.0
    for i in 0..<steps { s += f(a + (Double(i) + 0.5) * h) * h }
    return s
}
print(integrate({ $0 * $0 }, from: 0, to: 1, steps: 4))
