// Int.max, Int.min, Double.pi, Double.infinity, ... inside functions over Int and Double (the
// interpreter's typed tier).
func smallestSquareAbove(_ n: Int) -> Int {
    var best = Int.max
    var i = 0
    while i * i <= n + 100 {
        if i * i > n && i * i < best { best = i * i }
        i += 1
    }
    return best
}
func largestBelow(_ limit: Double) -> Double {
    var best = -Double.infinity
    var x = 0.0
    while x < limit {
        best = max(best, x)
        x += 0.75
    }
    return best
}
func circle(_ r: Double) -> Double {
    return Double.pi * r * r
}
func extremes() -> Int {
    return (Int.max - 1) / 2 + Int.min / 2 + Int.bitWidth + Int.zero
}
func tiny() -> Bool {
    return Double.leastNonzeroMagnitude > 0 && Double.greatestFiniteMagnitude < Double.infinity && Double.ulpOfOne < 1
}
print(smallestSquareAbove(50), smallestSquareAbove(0))
print(largestBelow(3), largestBelow(0))
print(circle(2), circle(0.5))
print(extremes(), tiny())
