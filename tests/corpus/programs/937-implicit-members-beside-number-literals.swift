// Implicit members beside number literals take the literals' type, as swiftc infers it: [1, .pi] is
// [1.0, 3.14...], [.max, 1] is [Int]; also in nested arrays, dictionary values, ?: and beside a variable.
let a = [1, .pi]
print(a)
let b = [.max, 1]
print(b)
print([2, .zero, .max].max()!)
let d = [3.0, .pi][1] * 2
print(d, [.infinity, 1.0], [-1, .nan])
print([1.0, .greatestFiniteMagnitude].max()!, [Double.pi, .infinity].min()!)
let n = 2.0, k = 5
print([n, .pi], [k, .min])
var grid = [[1.0, .pi], [.infinity, 0]]
grid[1][1] = 2
print(grid)
let dict = ["a": 1.0, "b": .pi]
print(dict["b"]!)
let flag = true
print(flag ? 1.0 : .pi, flag ? .infinity : 2.0)
