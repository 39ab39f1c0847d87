let sentence = "Programming in Swift is fun"
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let count = sentence.lowercased().filter { vowels.contains($0) }.count
print(count)
let parts = sentence.split(separator: " ")
print(parts.count, parts.map { $0.count })
