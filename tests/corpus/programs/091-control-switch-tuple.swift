func quadrant(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    case let (x, y) where x > 0 && y > 0: return "first"
    case let (x, y) where x < 0 && y > 0: return "second"
    default: return "other"
    }
}
print(quadrant((0, 0)), quadrant((3, 0)), quadrant((0, 2)), quadrant((1, 1)), quadrant((-1, 1)), quadrant((1, -1)))
