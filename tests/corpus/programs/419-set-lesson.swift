var seen = Set<Int>()
let data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
var dups: [Int] = []
for x in data { if !seen.insert(x).inserted { dups.append(x) } }
print(dups, seen.count, seen.sorted())
let a: Set = [1, 2, 3, 4]
let b: Set = [3, 4, 5]
print(a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted(), a.symmetricDifference(b).sorted())
print(a.isSuperset(of: [1, 2]), b.isSubset(of: a), a.isDisjoint(with: [9]))
var tags: Set<String> = ["ml", "swift"]
tags.insert("ml")
tags.remove("swift")
print(tags.count, tags.contains("ml"), tags.first ?? "")
let uniqueChars = Set("hello world".filter { $0 != " " })
print(uniqueChars.count, uniqueChars.contains("o"))
