import Foundation
let values = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
let mean = values.reduce(0, +) / Double(values.count)
let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
print(mean, variance, variance.squareRoot())
let (mn, mx) = values.reduce((Double.infinity, -Double.infinity)) { (min($0.0, $1), max($0.1, $1)) }
print(mn, mx)
let histogram = values.reduce(into: [Int: Int]()) { h, v in h[Int(v) / 3, default: 0] += 1 }
print(histogram.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
let running = values.reduce(into: [Double]()) { acc, v in acc.append((acc.last ?? 0) + v) }
print(running)
let words = ["neural", "net", "grad", "tensor"]
let longest = words.reduce("") { $0.count >= $1.count ? $0 : $1 }
print(longest, words.reduce(0) { $0 + $1.count })
