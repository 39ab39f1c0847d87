import Foundation
func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
func mean(_ xs: Double...) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
print(sum(), sum(1), sum(1, 2, 3, 4), mean(1, 2, 4))
func greet(_ name: String, greeting: String = "Hello", punctuation: String = "!") -> String {
    "\(greeting), \(name)\(punctuation)"
}
print(greet("Ann"), greet("Bo", greeting: "Hi"), greet("Cy", punctuation: "?"), greet("Di", greeting: "Yo", punctuation: "."))
func log(_ items: Any..., sep: String = " ") { print(items.map { "\($0)" }.joined(separator: sep)) }
log(1, "two", 3.0)
log("a", "b", sep: "-")
