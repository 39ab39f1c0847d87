struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? {
        if n == 0 { return nil }
        defer { n -= 1 }
        return n
    }
}
for i in Countdown(n: 3) { print(i) }
print(Array(Countdown(n: 4)))
print(Countdown(n: 5).map { $0 * 2 })
struct Fib: Sequence {
    func makeIterator() -> FibIterator { FibIterator() }
}
struct FibIterator: IteratorProtocol {
    var a = 0, b = 1
    mutating func next() -> Int? { let r = a; (a, b) = (b, a + b); return r }
}
for (i, f) in Fib().enumerated() { if i >= 8 { break }; print(f, terminator: " ") }
print()
print(Array(Fib().prefix(6)))
var it = Countdown(n: 2)
while let x = it.next() { print("x", x) }
