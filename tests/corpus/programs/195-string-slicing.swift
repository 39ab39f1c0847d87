let word = "transformer"
print(word.prefix(5), word.suffix(4), word.dropFirst(2), word.dropLast(3))
print(String(word.reversed()), word.first!, word.last!)
print(word.prefix(while: { $0 != "s" }), word.drop(while: { $0 != "f" }))
let sub = word.dropFirst(5)
print(sub, sub.count, String(sub).uppercased())
let chars = Array(word)
print(chars[0], chars[chars.count - 1], String(chars[2...5]))
