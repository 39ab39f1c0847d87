protocol Resettable { mutating func reset() }
struct Counter: Resettable {
    var n = 5
    mutating func reset() { n = 0 }
}
var c = Counter()
c.reset()
print(c.n)
