extension Int {
    var isPrime: Bool {
        if self < 2 { return false }
        var d = 2
        while d * d <= self { if self % d == 0 { return false }; d += 1 }
        return true
    }
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
    var squared: Int { self * self }
}
print((1...20).filter { $0.isPrime }, 7.squared)
3.times { print("hi") }
extension String {
    var reversedWords: String { split(separator: " ").reversed().joined(separator: " ") }
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
}
print("one two three".reversedWords, "ab".repeated(3))
extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
}
print([1.0, 2.0, 4.5].mean)
