import Foundation
let d = 7.5
print(d + 2, d - 10, d * 4, d / 2)
print(d.truncatingRemainder(dividingBy: 2), (-d).truncatingRemainder(dividingBy: 2))
print((2.0).squareRoot(), (16.0).squareRoot())
print(Double.pi, Double.pi * 2, Double.infinity > 1e308)
var acc = 0.0
for _ in 0..<10 { acc += 0.1 }
print(acc, acc == 1.0)
