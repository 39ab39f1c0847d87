let fruits = ["apple", "banana", "cherry"]
for (i, f) in fruits.enumerated() {
    print("\(i): \(f)")
}
for i in fruits.indices { print(i, terminator: " ") }
print()
print(fruits.enumerated().map { "\($0.offset)=\($0.element)" })
