import Foundation
let s = "  Gradient Descent  "
let t = s.trimmingCharacters(in: .whitespaces)
print("[\(t)]", t.lowercased(), t.uppercased())
print(t.components(separatedBy: " "), t.replacingOccurrences(of: "e", with: "3"))
print(t.contains("Desc"), t.hasPrefix("Grad"), t.count, t.isEmpty, "".isEmpty)
print(t.split(separator: "e"), t.split(separator: " ", maxSplits: 1))
print("a,b,,c".split(separator: ",", omittingEmptySubsequences: false))
print("one two  three".split(separator: " ").map(String.init))
