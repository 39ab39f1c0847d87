for i in stride(from: 0, to: 10, by: 3) { print(i, terminator: " ") }
print()
for i in stride(from: 5, through: 1, by: -2) { print(i, terminator: " ") }
print()
for x in stride(from: 0.0, through: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
for i in (1...4).reversed() { print(i, terminator: "") }
print()
