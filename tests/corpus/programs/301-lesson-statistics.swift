import Foundation
let xs: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
let n = Double(xs.count)
let mean = xs.reduce(0, +) / n
let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
let sampleVar = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)
print(mean, variance, variance.squareRoot(), sampleVar)
let sorted = xs.sorted()
let median = xs.count % 2 == 0 ? (sorted[xs.count / 2 - 1] + sorted[xs.count / 2]) / 2 : sorted[xs.count / 2]
print(median)
var counts: [Double: Int] = [:]
for x in xs { counts[x, default: 0] += 1 }
print(counts.max { $0.value < $1.value }!.key)
let z = xs.map { ($0 - mean) / variance.squareRoot() }
print(z)
