enum Planet: Int { case mercury = 1, venus, earth, mars }
print(Planet.earth.rawValue, Planet(rawValue: 4)!, Planet(rawValue: 9) == nil)
enum Unit: String { case meters = "m", seconds = "s", kilograms }
print(Unit.meters.rawValue, Unit.kilograms.rawValue, Unit(rawValue: "s")!)
enum Level: Int, CaseIterable, Comparable {
    case low, mid, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print(Level.allCases.map { "\($0)" }, Level.allCases.count, Level.mid < Level.high, Level.allCases.max()!)
print(Level.allCases.map { $0.rawValue }, [Level.high, .low, .mid].sorted().map { "\($0)" })
