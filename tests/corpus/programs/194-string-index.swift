let s = "Hello, Swift"
let first = s[s.startIndex]
let last = s[s.index(before: s.endIndex)]
print(first, last)
let i = s.index(s.startIndex, offsetBy: 7)
print(s[i], s[i...], s[..<i])
if let comma = s.firstIndex(of: ",") {
    print(s[..<comma], s.distance(from: s.startIndex, to: comma))
}
let j = s.index(after: s.startIndex)
print(s[j], s[s.startIndex..<j])
let start = s.index(s.startIndex, offsetBy: 2)
let end = s.index(s.endIndex, offsetBy: -3)
print(String(s[start..<end]))
if let space = s.lastIndex(of: " ") { print(String(s[s.index(after: space)...])) }
