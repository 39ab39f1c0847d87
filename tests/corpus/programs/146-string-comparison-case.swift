let a = "Swift", b = "swift"
print(a == b, a.lowercased() == b, a < b)
print(a.count == b.count, a.starts(with: "Sw"))
