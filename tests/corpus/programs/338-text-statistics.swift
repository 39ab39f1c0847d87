let text = """
The cat sat on the mat.
The dog sat on the log!
Cats and dogs.
"""
let lines = text.split(separator: "\n")
print(lines.count)
let words = text.lowercased().split { !$0.isLetter }.map(String.init)
print(words.count, Set(words).count)
var freq: [String: Int] = [:]
for w in words { freq[w, default: 0] += 1 }
for (w, n) in freq.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(4) { print(w, n) }
print(words.map { $0.count }.max()!, words.filter { $0.hasPrefix("ca") })
