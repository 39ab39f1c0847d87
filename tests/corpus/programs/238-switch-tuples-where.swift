func quadrant(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    case let (x, y) where x == y: return "diagonal \(x)"
    case let (x, y) where x > 0 && y > 0: return "I"
    case (let x, _) where x < 0: return "left"
    default: return "IV"
    }
}
for p in [(0, 0), (3, 0), (0, -1), (2, 2), (1, 5), (-3, 4), (4, -1)] { print(quadrant(p)) }
let pair = (true, 3)
switch pair {
case (true, 1...5): print("small true")
case (false, _): print("false")
default: print("other")
}
