final class ListNode {
    let value: Int
    var next: ListNode?
    init(_ value: Int, _ next: ListNode? = nil) { self.value = value; self.next = next }
}
func build(_ xs: [Int]) -> ListNode? {
    var head: ListNode? = nil
    for x in xs.reversed() { head = ListNode(x, head) }
    return head
}
func toArray(_ head: ListNode?) -> [Int] {
    var out: [Int] = []
    var n = head
    while let node = n { out.append(node.value); n = node.next }
    return out
}
func reverse(_ head: ListNode?) -> ListNode? {
    var prev: ListNode? = nil, cur = head
    while let node = cur { let next = node.next; node.next = prev; prev = node; cur = next }
    return prev
}
let list = build([1, 2, 3, 4])
print(toArray(list))
print(toArray(reverse(list)))
print(toArray(build([])))
