struct Counter {
    static var total = 0
    static let name = "counter"
    var count = 0
    mutating func tick() { count += 1; Counter.total += 1 }
    static func reset() { total = 0 }
}
var a = Counter()
var b = Counter()
a.tick(); a.tick(); b.tick()
print(a.count, b.count, Counter.total, Counter.name)
Counter.reset()
print(Counter.total)
