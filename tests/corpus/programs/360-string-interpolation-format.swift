import Foundation
let loss = 0.123456789
let epoch = 7
print("epoch \(epoch): loss \(String(format: "%.4f", loss))")
print("padded [\(String(epoch).padding(toLength: 4, withPad: " ", startingAt: 0))]")
let pct = 0.4567
print("accuracy \(Int((pct * 100).rounded()))%")
let w = [0.5, -1.25, 3.0]
print("weights: \(w.map { String(format: "%+.2f", $0) }.joined(separator: " "))")
print("sum = \(w.reduce(0, +)), mean = \(w.reduce(0, +) / Double(w.count))")
let table = [("relu", 0.91), ("tanh", 0.875)]
for (name, acc) in table { print("\(name.padding(toLength: 6, withPad: ".", startingAt: 0))\(String(format: "%6.1f", acc * 100))") }
