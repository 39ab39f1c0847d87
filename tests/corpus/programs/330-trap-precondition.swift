// trap: AssertionFailed
func mean(_ xs: [Double]) -> Double {
    precondition(!xs.isEmpty, "mean of an empty array")
    return xs.reduce(0, +) / Double(xs.count)
}
print(mean([1, 2, 3]))
print(mean([]))
