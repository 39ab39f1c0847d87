struct Point: Hashable { var x: Int; var y: Int }
var visits: [Point: Int] = [:]
let path = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 0, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 0)]
for p in path { visits[p, default: 0] += 1 }
print(visits[Point(x: 0, y: 0)]!, visits[Point(x: 5, y: 5)] ?? 0, visits.count)
let seen = Set(path)
print(seen.count, seen.contains(Point(x: 1, y: 1)))
enum Color: Hashable { case red, green }
let palette: [Color: String] = [.red: "#f00", .green: "#0f0"]
print(palette[.red]!, palette[.green]!)
let tupleKeys = Dictionary(uniqueKeysWithValues: [("a", 1), ("b", 2)])
print(tupleKeys["b"]!)
