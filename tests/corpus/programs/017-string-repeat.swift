print(String(repeating: "=", count: 10))
print(String(repeating: "ab", count: 3))
var bar = ""
for i in 1...4 { bar += String(repeating: "*", count: i) + "\n" }
print(bar, terminator: "")
