let a: Set = [1, 2, 3, 4]
let b: Set = [3, 4, 5]
print(a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted(), a.symmetricDifference(b).sorted())
print(a.isSubset(of: [1, 2, 3, 4, 5]), b.isSuperset(of: [4, 5]), a.isDisjoint(with: [9]), a.isStrictSubset(of: a))
var c = a
c.formUnion([10])
c.subtract([1])
c.formIntersection([2, 3, 10, 11])
print(c.sorted())
var d: Set<String> = ["x"]
print(d.insert("y").inserted, d.insert("x").inserted, d.remove("x") ?? "none", d.remove("q") ?? "none")
print(d.sorted(), d.count, d.isEmpty)
var e = a
e.formSymmetricDifference(b)
print(e.sorted())
