var row = ""
for i in 1...5 { row += String(i) }
print(row)
var grid = [String]()
for r in 0..<3 {
    var line = ""
    for c in 0..<4 { line.append((r + c) % 2 == 0 ? "#" : ".") }
    grid.append(line)
}
print(grid.joined(separator: "\n"))
var s = "ab"
s.append("c")
s.append(contentsOf: "de")
s.insert("X", at: s.startIndex)
print(s, s.count)
s.removeLast()
s.removeFirst()
print(s)
let stars = (1...4).map { String(repeating: "*", count: $0) }
print(stars)
