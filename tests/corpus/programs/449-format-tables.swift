import Foundation
let temps = [22.5, 19.0, 24.75, 18.25]
let formatted = temps.map { String(format: "%6.2f°C", $0) }
print(formatted.joined(separator: "|"))
let table = [("alpha", 0.001), ("beta1", 0.9), ("epsilon", 1e-8)]
for (name, v) in table {
    print(name.padding(toLength: 8, withPad: ".", startingAt: 0) + String(format: "%10.4g", v))
}
print(String(format: "%.3f", Double.pi), String(format: "%5d|%-5d|", 42, 42), String(format: "%e", 12345.678))
let pct = 0.4567
print("\(Int(pct * 100))%", String(format: "%.1f%%", pct * 100))
print(String(format: "%@ has %d params", "mlp", 41))
print(String(12.0), String(0.1 + 0.2), "\(1e-10)", "\(Double(Int.max))")
