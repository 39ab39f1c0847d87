let word = "swift"
for c in word { print(c, terminator: "-") }
print()
print(String(word.reversed()), word.first!, word.last!)
print(Array(word), word.map { String($0).uppercased() })
print(word.filter { $0 != "i" }, word.sorted())
