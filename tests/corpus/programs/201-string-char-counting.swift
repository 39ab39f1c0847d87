let sentence = "the quick brown fox jumps over the lazy dog"
var freq: [Character: Int] = [:]
for c in sentence where c != " " { freq[c, default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
for (c, n) in top { print(c, n) }
print(Set(sentence.filter { $0.isLetter }).count)
print(sentence.filter { "aeiou".contains($0) }.count)
let parts: [Substring] = sentence.split(separator: " ")
print(parts.map { $0.count })
