struct C { var r: Double; lazy var e: Double = r * 100; lazy var n: Double = 2 }
var c = C(r: 2)
print(c.e, c.n)
c.r = 5
print(c.e)
final class K { var r = 2.0; lazy var e: Double = r * 100; lazy var sq: [Double] = { [r, r * r] }() }
let k = K()
print(k.e, k.sq)
k.e = 1
print(k.e)
