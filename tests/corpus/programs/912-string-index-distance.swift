let s = "hello"
let i = s.firstIndex(of: "l")!
print(s[i])
print(s.distance(from: s.startIndex, to: i))
print(s[s.index(after: i)...])
