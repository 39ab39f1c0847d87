import Foundation
func isPalindrome(_ s: String) -> Bool {
    let cleaned = s.lowercased().filter { $0.isLetter || $0.isNumber }
    return cleaned == String(cleaned.reversed())
}
for s in ["A man, a plan, a canal: Panama", "race a car", "No lemon, no melon", ""] {
    print(isPalindrome(s))
}
let text = "Swift is fun and Swift is fast"
let words = text.split(separator: " ")
print(words.count, Set(words).count, words.last!)
let longest = words.max { $0.count < $1.count }!
print(longest)
let capital = words.map { $0.capitalized }.joined(separator: " ")
print(capital)
