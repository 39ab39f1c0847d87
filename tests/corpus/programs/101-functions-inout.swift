func swapTwo(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
var x = 1, y = 2
swapTwo(&x, &y)
print(x, y)
func normalize(_ v: inout [Double]) {
    let total = v.reduce(0, +)
    for i in v.indices { v[i] /= total }
}
var w = [1.0, 3.0]
normalize(&w)
print(w)
