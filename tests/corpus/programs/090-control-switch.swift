func classify(_ x: Int) -> String {
    switch x {
    case Int.min..<0: return "negative"
    case 0: return "zero"
    case 1...9: return "digit"
    case 10, 20, 30: return "round"
    case let n where n % 2 == 0: return "even"
    default: return "odd"
    }
}
print([-3, 0, 5, 20, 44, 51].map(classify))
