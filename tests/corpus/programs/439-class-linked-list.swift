final class Node<T> {
    var value: T
    var next: Node<T>?
    init(_ v: T, next: Node<T>? = nil) { value = v; self.next = next }
}
struct LinkedList<T>: CustomStringConvertible {
    var head: Node<T>?
    mutating func push(_ v: T) { head = Node(v, next: head) }
    var array: [T] { var out: [T] = []; var n = head; while let c = n { out.append(c.value); n = c.next }; return out }
    var description: String { array.map { "\($0)" }.joined(separator: " -> ") }
    func reversed() -> LinkedList<T> { var l = LinkedList<T>(); for v in array { l.push(v) }; return l }
}
var list = LinkedList<Int>()
for i in 1...4 { list.push(i * i) }
print(list)
print(list.reversed(), list.array.count, list.head?.next?.value as Any)
list.head?.next?.value = 100
print(list)
