func normalize(_ xs: inout [Double]) {
    let total = xs.reduce(0, +)
    for i in xs.indices { xs[i] /= total }
}
var w = [1.0, 3.0, 4.0]
normalize(&w)
print(w)
func minmax(_ lo: inout Int, _ hi: inout Int) { if lo > hi { (lo, hi) = (hi, lo) } }
var a = 9, b = 2
minmax(&a, &b)
print(a, b)
func increment(_ x: inout Int, by n: Int = 1) { x += n }
var counter = 0
increment(&counter)
increment(&counter, by: 10)
print(counter)
struct P { var x = 0 }
var p = P()
increment(&p.x, by: 3)
var arr = [1, 2]
increment(&arr[1])
print(p.x, arr)
