import Foundation
print("   C      F")
for c in stride(from: -10, through: 40, by: 10) {
    let f = Double(c) * 9 / 5 + 32
    print(String(format: "%4d %6.1f", c, f))
}
let readings = [21.5, 23.0, 19.75, 25.25]
let avg = readings.reduce(0, +) / Double(readings.count)
print(String(format: "avg %.2f min %.2f max %.2f", avg, readings.min()!, readings.max()!))
