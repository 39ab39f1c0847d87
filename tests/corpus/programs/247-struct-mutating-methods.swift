struct Counter {
    private(set) var count = 0
    var step = 1
    mutating func tick() { count += step }
    mutating func reset() { self = Counter(count: 0, step: step) }
}
var c = Counter()
c.tick(); c.tick()
c.step = 5
c.tick()
print(c.count)
c.reset()
print(c.count, c.step)
struct Stack { var items: [Int] = []
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { items.popLast() }
    var top: Int? { items.last }
}
var s = Stack()
for x in [1, 2, 3] { s.push(x) }
print(s.pop()!, s.top!, s.items)
