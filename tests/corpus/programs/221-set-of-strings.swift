let text = "to be or not to be that is the question"
let words = text.split(separator: " ").map(String.init)
let unique = Set(words)
print(words.count, unique.count)
print(unique.sorted())
var seen = Set<String>()
var firstRepeat = ""
for w in words {
    if seen.contains(w) { firstRepeat = w; break }
    seen.insert(w)
}
print(firstRepeat)
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(text.filter { vowels.contains($0) }.count)
print(Set("hello").sorted(), Set([3, 1, 3]).map { $0 * 2 }.sorted())
