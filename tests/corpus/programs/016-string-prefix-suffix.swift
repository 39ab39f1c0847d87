let s = "abcdefgh"
print(s.prefix(3), s.suffix(2), s.dropFirst(2), s.dropLast(3))
print(String(s.prefix(0)), s.prefix(100))
print(s.dropFirst(), s.dropLast())
