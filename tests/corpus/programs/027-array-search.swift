let xs = [4, 8, 15, 16, 23, 42]
print(xs.contains(15), xs.contains(7))
print(xs.firstIndex(of: 16)!, xs.firstIndex(where: { $0 > 10 })!)
print(xs.first(where: { $0 % 2 == 1 })!)
print(xs.allSatisfy { $0 > 0 }, xs.contains { $0 > 40 })
print(xs.min()!, xs.max()!)
