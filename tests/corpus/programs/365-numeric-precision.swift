import Foundation
var sum = 0.0
for _ in 0..<10 { sum += 0.1 }
print(sum, sum == 1.0, abs(sum - 1.0) < 1e-12)
print(0.1 + 0.2 == 0.3, (0.1 + 0.2 - 0.3).magnitude < Double.ulpOfOne)
let big = 1e16
print(big + 1 == big, big + 2)
print(Double(Int.max), Int.max)
print(1.0 / 3.0 * 3.0 == 1.0, 2.0.squareRoot() * 2.0.squareRoot())
let kahanInput = Array(repeating: 0.1, count: 1000)
var naive = 0.0, s = 0.0, c = 0.0
for x in kahanInput {
    naive += x
    let y = x - c, t = s + y
    c = (t - s) - y
    s = t
}
print(naive, s)
