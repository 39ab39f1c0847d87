struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack<Int>()
s.push(1); s.push(2); s.push(3)
print(s.pop()!, s.top!, s.items.count)
var t = Stack<String>()
t.push("a")
print(t.isEmpty, t.pop()!, t.isEmpty)
