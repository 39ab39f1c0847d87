import Foundation
let csv = """
name,score,weight
alice,0.9,2
bob,0.75,1
carol,0.6,3
"""
var lines = csv.split(separator: "\n").map(String.init)
let header = lines.removeFirst().split(separator: ",")
print(header.count, header.map { $0.uppercased() })
var weighted = 0.0, weights = 0.0
for line in lines {
    let parts = line.components(separatedBy: ",")
    guard parts.count == 3, let s = Double(parts[1]), let w = Double(parts[2]) else { continue }
    weighted += s * w
    weights += w
    print(parts[0].capitalized, s, w)
}
print(weighted / weights)
let sentence = "  Hello, World!  "
print(sentence.trimmingCharacters(in: .whitespaces), sentence.count)
print(sentence.lowercased().filter { $0.isLetter }, sentence.contains("World"))
print(String(sentence.reversed()))
print("a-b-c".replacingOccurrences(of: "-", with: "+"), "abc".hasPrefix("ab"), "abc".hasSuffix("bc"))
let word = "mississippi"
print(word.filter { $0 == "s" }.count, Set(word).count, word.firstIndex(of: "p").map { word.distance(from: word.startIndex, to: $0) } as Any)
print(word.uppercased().prefix(4), word.dropFirst(7), word.split(separator: "s", omittingEmptySubsequences: false))
