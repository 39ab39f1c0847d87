class Node { var value: Int; var next: Node?
    init(_ v: Int) { value = v }
}
let a = Node(1)
let b = a
let c = Node(1)
print(a === b, a === c, a !== c)
b.value = 99
print(a.value)
a.next = c
c.next = Node(3)
var cur: Node? = a
var values: [Int] = []
while let n = cur { values.append(n.value); cur = n.next }
print(values)
let list = [a, c]
print(list.contains { $0 === c }, list.firstIndex { $0 === c }!)
