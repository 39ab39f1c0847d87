struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var peek: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
}
var s = Stack<String>()
s.push("a"); s.push("b")
print(s.pop()!, s.peek!, s.count, s.isEmpty)
struct Queue<T> {
    var inbox: [T] = [], outbox: [T] = []
    mutating func enqueue(_ x: T) { inbox.append(x) }
    mutating func dequeue() -> T? {
        if outbox.isEmpty { outbox = inbox.reversed(); inbox.removeAll() }
        return outbox.popLast()
    }
}
var q = Queue<Int>()
for i in 1...3 { q.enqueue(i) }
print(q.dequeue()!, q.dequeue()!)
q.enqueue(4)
print(q.dequeue()!, q.dequeue()!, q.dequeue() == nil)
