extension Double { var squared: Double { self * self } ; func clamped(_ lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) } }
extension Int { var isEven: Bool { self % 2 == 0 } }
extension Array where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }
}
protocol Shape { var area: Double { get } }
extension Shape { func describe() -> String { "area \(area)" } }
struct Sq: Shape { var s: Double; var area: Double { s * s } }
print(3.0.squared, 5.5.clamped(0, 1), 4.isEven, [1.0, 2.0, 4.0].mean, Sq(s: 2).describe())
