func classify(_ x: Double) -> String {
    switch x {
    case ..<0: return "negative"
    case 0: return "zero"
    case 0..<1: return "small"
    case 1...10: return "medium"
    default: return "large"
    }
}
print([-1, 0, 0.5, 1, 10, 11].map(classify))
func quadrant(_ p: (Double, Double)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0), (0, _): return "axis"
    case let (x, y) where x > 0 && y > 0: return "I"
    case let (x, y) where x < 0 && y > 0: return "II"
    case (..<0, ..<0): return "III"
    default: return "IV"
    }
}
print([(0.0, 0.0), (1, 0), (2, 3), (-1, 2), (-1, -1), (1, -1)].map(quadrant))
let grade = 87
switch grade {
case 90...: print("A")
case 80..<90 where grade % 2 == 1: print("B odd")
case 80..<90: print("B")
default: print("C")
}
let c: Character = "e"
switch c {
case "a", "e", "i", "o", "u": print("vowel")
default: print("consonant")
}
let value: Any = 3.5
switch value {
case let i as Int: print("int", i)
case let d as Double where d > 3: print("big double", d)
case is String: print("string")
default: print("other")
}
