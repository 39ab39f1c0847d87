import Foundation
var n = 27, steps = 0
while n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 }
print(steps)
var lo = 0.0, hi = 2.0
repeat {
    let mid = (lo + hi) / 2
    if mid * mid > 2 { hi = mid } else { lo = mid }
} while hi - lo > 1e-9
print((lo * 1e6).rounded() / 1e6)
var i = 0
outer: while true {
    i += 1
    for j in 0..<5 {
        if i * j > 6 { break outer }
        if j > i { continue outer }
    }
    if i > 100 { break }
}
print(i)
var queue = [1]
var visited: [Int] = []
while !queue.isEmpty {
    let x = queue.removeFirst()
    visited.append(x)
    if x < 8 { queue.append(x * 2); if x % 2 == 1 { queue.append(x * 3) } }
}
print(visited)
