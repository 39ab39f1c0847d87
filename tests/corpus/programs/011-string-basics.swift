let s = "Hello, World"
print(s.count, s.isEmpty, "".isEmpty)
print(s.uppercased(), s.lowercased())
print(s.hasPrefix("Hell"), s.hasSuffix("World"), s.contains("lo, W"))
print(s + "!", s == "Hello, World", "apple" < "banana")
