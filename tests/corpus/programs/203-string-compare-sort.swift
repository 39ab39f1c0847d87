let names = ["bob", "Alice", "carol", "Dave", "alice"]
print(names.sorted())
print(names.sorted { $0.lowercased() < $1.lowercased() })
print(names.sorted { $0.count < $1.count })
print(names.min()!, names.max()!)
print("apple" < "banana", "Zebra" < "apple", "abc" == "abc", "a" < "aa")
print(names.filter { $0.first!.isUppercase })
print(names.map { $0.prefix(1).uppercased() + $0.dropFirst() })
