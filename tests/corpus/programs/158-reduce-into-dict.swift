let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let byLetter = words.reduce(into: [Character: Int]()) { $0[$1.first!, default: 0] += 1 }
for k in byLetter.keys.sorted() { print(k, byLetter[k]!) }
