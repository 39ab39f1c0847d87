import Foundation
let n = 7
let d = Double(n) / 2
print(d, Int(d), Int(d.rounded()), Int(-3.7), Int((-3.7).rounded(.down)))
print(Double(1) / 3, 1.0 / 3 * 3 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
let total = 10, count = 4
print(total / count, Double(total) / Double(count), total % count)
let avg = Double(total) / Double(count)
print(avg.rounded(), avg.rounded(.towardZero), (avg * 10).rounded() / 10)
print(Int("12")! + 1, Int(" 12") as Any, String(42) + "!", "\(3.0)")
print(5.0.truncatingRemainder(dividingBy: 3), (-7).magnitude, abs(-7.5), (2.0).squareRoot())
print(Double.infinity > 1e308, Double.nan == Double.nan, (0.0 / 0.0).isNaN)
print(Int.max / 2, Double(Int.max), 1e3, 1_000_000, 0b101, 0xff, 0o17)
print(123456789.123, 1.5e-7, 100.0, 1e16, 12345678901234567.0)
