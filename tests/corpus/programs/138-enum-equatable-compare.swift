enum Level: Int, Comparable {
    case low = 1, mid, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print(Level.low < Level.high, Level.high < Level.mid, [Level.high, .low, .mid].sorted().map { $0.rawValue })
print(Level.mid == .mid, Level.low != .mid)
