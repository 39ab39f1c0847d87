func parse(_ s: String) -> Int {
    guard let n = Int(s) else { return -1 }
    guard n >= 0 else { return 0 }
    return n * 2
}
print(parse("21"), parse("x"), parse("-5"))
func both(_ a: Int?, _ b: Int?) -> Int {
    if let a = a, let b = b { return a + b }
    return 0
}
print(both(1, 2), both(1, nil))
