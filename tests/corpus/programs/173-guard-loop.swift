func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs {
        guard x >= 0 else { return x }
    }
    return nil
}
print(firstNegative([3, 4, -2, -7]) ?? 0, firstNegative([1, 2]) ?? 0)
