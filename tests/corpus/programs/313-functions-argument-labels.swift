func move(from start: Int, to end: Int, by step: Int = 1) -> [Int] { Array(stride(from: start, to: end, by: step)) }
print(move(from: 0, to: 5), move(from: 10, to: 0, by: -3))
func area(width w: Double, height h: Double) -> Double { w * h }
print(area(width: 2, height: 3.5))
func describe(_ x: Int, in unit: String) -> String { "\(x) \(unit)" }
print(describe(3, in: "kg"))
func clamp(_ value: Double, between lo: Double, and hi: Double) -> Double { min(max(value, lo), hi) }
print(clamp(5, between: 0, and: 1), clamp(0.25, between: 0, and: 1))
