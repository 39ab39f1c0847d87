func parsePair(_ s: String) -> (Int, Int)? {
    let parts = s.split(separator: ",")
    guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), b != 0 else { return nil }
    return (a, b)
}
for s in ["6,3", "1,0", "x,2", "4", "9,4"] {
    if let (a, b) = parsePair(s) { print(s, a / b, a % b) } else { print(s, "invalid") }
}
func firstEven(_ xs: [Int]) -> Int? {
    for x in xs where x % 2 == 0 { return x }
    return nil
}
if let e = firstEven([1, 3, 6, 8]), e > 4 { print("big even", e) }
if let x = firstEven([1]) { print(x) } else { print("no even") }
