let xs = [5, 2, 8]
print(xs.sorted(by: <), xs.reduce(0, +), xs.map(String.init))
print(zip(xs, [1, 1, 1]).map(+))
print([[1, 2], [3]].map { $0.reduce(0, +) })
