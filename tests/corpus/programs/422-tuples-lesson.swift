func minMax(_ xs: [Double]) -> (min: Double, max: Double)? {
    guard var lo = xs.first else { return nil }
    var hi = lo
    for x in xs { lo = min(lo, x); hi = max(hi, x) }
    return (lo, hi)
}
if let r = minMax([3, -1, 7]) { print(r.min, r.max, r) }
print(minMax([]) == nil)
let (q, rem) = 17.quotientAndRemainder(dividingBy: 5)
print(q, rem)
var point = (x: 1, y: 2)
point.x += 10
let (px, _) = point
print(point, px)
let pairs: [(String, Int)] = [("a", 2), ("b", 1)]
for (name, n) in pairs.sorted(by: { $0.1 < $1.1 }) { print(name, n) }
let stats = pairs.reduce((sum: 0, count: 0)) { acc, p in (acc.sum + p.1, acc.count + 1) }
print(stats.sum, stats.count, stats)
let nested = ((1, 2), (3.5, "x"))
print(nested.0.1, nested.1.0, nested)
print((1, "a") == (1, "a"), (1, 2) < (1, 3))
