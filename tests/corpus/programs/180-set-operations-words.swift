let a = Set("hello world".split(separator: " ").map(String.init))
let b = Set(["world", "swift"])
print(a.intersection(b).sorted(), a.union(b).sorted(), a.subtracting(b).sorted())
