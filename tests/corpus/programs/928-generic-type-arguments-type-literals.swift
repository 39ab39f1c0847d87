struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
}
var s = Stack<Double>()
s.push(1); s.push(2.5)
print(s.pop()!, s.pop()!)
var t: Stack<Int> = Stack()
t.push(3)
print(t.pop()!)
final class Box<T> { var value: T; init(_ v: T) { value = v }; func set(_ v: T) { value = v } }
let b = Box<Double>(1)
b.set(4)
print(b.value)
struct Pair<A, B> { var a: A; var b: B; mutating func update(_ x: A, _ y: B) { a = x; b = y } }
var p = Pair<Double, Int>(a: 1, b: 2)
p.update(5, 6)
print(p.a, p.b)
