// Ordering as Swift computes it: `<=` is not `!(b < a)` when a NaN is involved (ranges, tuples),
// max takes a later equal argument (max(0.0, -0.0) is -0.0), in the general path and the typed tier.
let x = Double.nan
print((0.0...1.0).contains(x), (0.0..<1.0).contains(x), (0.0...).contains(x), (...1.0).contains(x), (..<1.0).contains(x))
switch x {
case 0.0...1.0: print("in")
default: print("out")
}
print((0.0...1.0) ~= x, (0.0...1.0).contains(1.0), (0.0..<1.0).contains(1.0), (0.5...).contains(0.5))
let t1 = (Double.nan, 1), t2 = (1.0, 2)
print(t1 < t2, t1 <= t2, t1 > t2, t1 >= t2)
let t3 = (1.0, Double.nan), t4 = (1.0, 2.0)
print(t3 < t4, t3 <= t4, t3 > t4, t3 >= t4, t4 <= t4, t4 >= t4, t4 < t4)
print((1, "b") < (1, "c"), (2, "a") <= (1, "z"), (1, 2, 3) >= (1, 2, 3), (1, 2, 3) > (1, 2, 2))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max(1, 2, 0), min(3.0, -0.0, 0.0), max(-0.0, 0.0, -0.0), max(0.0, -0.0, -0.0))
print(max(Double.nan, 1.0), max(1.0, Double.nan), min(Double.nan, 1.0), min(1.0, Double.nan))
print(max("a", "b"), min("b", "a", "c"), max(1, 2.5))
func typedMax(_ a: Double, _ b: Double) -> Double { return max(a, b) }
func typedMin(_ a: Double, _ b: Double) -> Double { return min(a, b) }
print(typedMax(0.0, -0.0), typedMax(-0.0, 0.0), typedMin(0.0, -0.0), typedMin(-0.0, 0.0), typedMax(.nan, 1), typedMax(1, .nan))
print(["b", "a"].sorted(), [(2, "x"), (1, "y")].sorted { $0 < $1 })
let r = 1.0...2.0
print(r, r.contains(1.5), "a"..."c", ("a"..."c").contains("b"))
