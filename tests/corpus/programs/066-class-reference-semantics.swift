class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
}
let list = Node(1, next: Node(2, next: Node(3)))
var cur: Node? = list
var total = 0
while let n = cur { total += n.value; cur = n.next }
print(total)
list.next?.value = 20
print(list.next!.value, list.next?.next?.value ?? 0)
