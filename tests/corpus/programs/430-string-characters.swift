import Foundation
let word = "Backprop"
for (i, ch) in word.enumerated() where i % 3 == 0 { print(i, ch, ch.isUppercase) }
let counts = word.lowercased().reduce(into: [Character: Int]()) { $0[$1, default: 0] += 1 }
print(counts["p"]!, counts["b"]!, counts.keys.sorted())
let chars = Array(word)
print(chars[0], chars.count, String(chars.reversed()), String(chars[2...4]))
let idx = word.index(word.startIndex, offsetBy: 4)
print(word[idx], word[..<idx], word[idx...])
print(word.contains("prop"), word.range(of: "prop") != nil, word.uppercased(), word.count)
let digits = "a1b22c333".filter(\.isNumber)
print(digits, Int(digits)! + 1)
let ascii = "AZ".compactMap { $0.asciiValue }
print(ascii, Character("a") < Character("b"), String(repeating: "ab", count: 3))
print("hello world".split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
