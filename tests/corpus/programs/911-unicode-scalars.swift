let s = "Añb"
for u in s.unicodeScalars { print(u, u.value) }
let c: Unicode.Scalar = "A"
print(c.value, c)
print(Character(Unicode.Scalar(66)!))
print(s.unicodeScalars.count)
print(s.unicodeScalars.map { $0.value })
let ch: Character = "z"
print(ch.asciiValue!, ch.unicodeScalars.first!.value)
print(String(UnicodeScalar(97)))
