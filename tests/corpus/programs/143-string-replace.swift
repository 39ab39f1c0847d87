import Foundation
let s = "one two two three"
print(s.replacingOccurrences(of: "two", with: "2"))
print(s.components(separatedBy: " "))
print("  padded  ".trimmingCharacters(in: .whitespaces) + "|")
print(s.capitalized)
