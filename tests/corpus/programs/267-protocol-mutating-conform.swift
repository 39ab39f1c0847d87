protocol Resettable { mutating func reset() }
protocol Steppable: Resettable { var value: Int { get }; mutating func step() }
struct Clock: Steppable {
    var value = 0
    mutating func step() { value = (value + 1) % 3 }
    mutating func reset() { value = 0 }
}
var c = Clock()
var seen: [Int] = []
for _ in 0..<5 { c.step(); seen.append(c.value) }
print(seen)
c.reset()
print(c.value, c is Resettable)
func advance<T: Steppable>(_ x: inout T, times: Int) { for _ in 0..<times { x.step() } }
advance(&c, times: 7)
print(c.value)
