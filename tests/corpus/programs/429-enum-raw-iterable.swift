enum Split: String, CaseIterable {
    case train, validation = "val", test
    var fraction: Double {
        switch self { case .train: return 0.8; case .validation: return 0.1; case .test: return 0.1 }
    }
}
for s in Split.allCases { print(s.rawValue, s.fraction, s) }
print(Split(rawValue: "val") == .validation, Split(rawValue: "x") == nil, Split.allCases.count)
enum Level: Int, Comparable {
    case low = 1, mid, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print(Level.mid.rawValue, Level.high > .low, [Level.high, .low, .mid].sorted().map(\.rawValue), Level(rawValue: 3)!)
enum Direction { case north, east, south, west
    mutating func turn() { switch self { case .north: self = .east; case .east: self = .south; case .south: self = .west; case .west: self = .north } }
}
var d = Direction.north
d.turn(); d.turn()
print(d, d == .south)
