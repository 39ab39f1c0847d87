import Foundation
func clip(_ xs: inout [Double], to limit: Double) {
    for i in xs.indices { xs[i] = min(max(xs[i], -limit), limit) }
}
var g: [Double] = [-5, 0.3, 7]
clip(&g, to: 1)
print(g)
func normalize(_ v: inout (x: Double, y: Double)) {
    let n = (v.x * v.x + v.y * v.y).squareRoot()
    v.x /= n; v.y /= n
}
var v = (x: 3.0, y: 4.0)
normalize(&v)
print(v)
var arr = [3, 1, 2]
arr.swapAt(0, 2)
(arr[0], arr[1]) = (arr[1], arr[0])
print(arr)
struct Acc { var total = 0.0; mutating func add(_ x: Double) { total += x } }
var accs = [Acc(), Acc()]
accs[1].add(2)
for i in accs.indices { accs[i].add(1) }
print(accs.map(\.total))
func increment(_ n: inout Int, by k: Int = 1) { n += k }
var k = 0
increment(&k); increment(&k, by: 5)
print(k)
