import Foundation
func f(_ x: Double) -> Double { x * x * x - x - 2 }
func df(_ x: Double) -> Double { 3 * x * x - 1 }
var x = 1.0
for i in 1...6 { x -= f(x) / df(x); print(i, x) }
var lo = 1.0, hi = 2.0, iters = 0
while hi - lo > 1e-10 {
    let mid = (lo + hi) / 2
    if f(mid) * f(lo) <= 0 { hi = mid } else { lo = mid }
    iters += 1
}
print(iters, String(format: "%.9f", (lo + hi) / 2))
