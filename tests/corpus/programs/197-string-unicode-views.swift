let s = "café"
print(s.count, s.utf8.count, s.unicodeScalars.count)
for u in "AZ".unicodeScalars { print(u, u.value) }
print(Array("hi".utf8))
let scalars = "abc".unicodeScalars.map { $0.value + 1 }
print(scalars)
let heart = "\u{2764}"
print(heart, heart.count, "\u{41}\u{42}")
