import Foundation
let line = "3.5, 2, -1.25, x, 10"
let parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
let numbers = parts.compactMap { Double(String($0)) }
print(numbers, numbers.reduce(0, +))
let ints = "1 2 3 4 5".split(separator: " ").compactMap { Int($0) }
print(ints.map { $0 * $0 })
let digits = "90210".compactMap { $0.wholeNumberValue }
print(digits, digits.reduce(0, +))
print(Double("  1.5") ?? .nan, Double(".5") ?? -1, Double("5.") ?? -1, Double("inf") ?? 0, Double("-nan")?.isNaN ?? false)
