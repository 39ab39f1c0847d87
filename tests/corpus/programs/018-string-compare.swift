let names = ["bob", "Alice", "carol", "Dave"]
print(names.sorted())
print(names.sorted { $0.lowercased() < $1.lowercased() })
print("a" < "b", "Z" < "a", "abc" == "abc", "abc" != "abd")
print(names.min()!, names.max()!)
