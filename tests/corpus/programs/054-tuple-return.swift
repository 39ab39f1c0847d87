func stats(_ xs: [Double]) -> (min: Double, max: Double, mean: Double) {
    let total = xs.reduce(0, +)
    return (xs.min()!, xs.max()!, total / Double(xs.count))
}
let s = stats([3, 1, 4, 1, 5])
print(s.min, s.max, s.mean)
let (lo, hi, _) = stats([2, 8])
print(lo, hi)
