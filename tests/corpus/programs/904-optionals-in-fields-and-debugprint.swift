struct Node { var value: Int?; var name: String; var scores: [Double?]; var next: Int? = nil }
let n = Node(value: 3, name: "a", scores: [1, nil], next: 4)
print(n)
var m = n
m.value = nil
print(m)
debugPrint(n.value as Any)
let o: Int? = 5
debugPrint(o as Any, "s", 3)
debugPrint(o)
let q: String? = "hi"
debugPrint(q as Any)
print(true ? 1 : 2.5)
let w = true ? 1 : 2.5
print(w)
struct P { var x = 1.0; var label: String? = "p" }
print(P())
class C { var v: Int? = 2 }
print(C().v as Any)
