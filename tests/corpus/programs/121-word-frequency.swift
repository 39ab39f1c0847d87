let text = "the cat and the hat and the bat"
var freq: [String: Int] = [:]
for w in text.split(separator: " ") { freq[String(w), default: 0] += 1 }
let top = freq.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
for (w, c) in top { print(w, c) }
