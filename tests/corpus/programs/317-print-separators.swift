print(1, 2, 3, separator: "-")
print("a", "b", separator: "", terminator: "|\n")
print("no newline", terminator: "")
print(" then newline")
for i in 1...3 { print(i, terminator: i < 3 ? ", " : "\n") }
print()
print([1, 2], [3], separator: " + ")
print("x", 1.5, true, nil as Int?, separator: "; ")
let items = ["α", "β"]
print(items, items.count)
debugPrint("quoted", 1, [1.0])
