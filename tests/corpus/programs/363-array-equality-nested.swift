let a = [[1, 2], [3]]
var b = a
print(a == b)
b[1].append(4)
print(a == b, a, b)
let t1 = [(1, "a")].map { $0.0 }
print(t1 == [1])
let d1 = ["x": [1, 2]], d2 = ["x": [1, 2]]
print(d1 == d2, d1["x"] == [1, 2])
let s1: Set = [1, 2, 3], s2: Set = [3, 2, 1]
print(s1 == s2, [1, 2] != [2, 1])
let opt: [Int]? = [1]
print(opt == [1], opt != nil)
