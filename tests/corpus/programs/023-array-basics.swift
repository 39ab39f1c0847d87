var xs = [5, 3, 8, 1]
print(xs, xs.count, xs.isEmpty, xs[0], xs[xs.count - 1])
xs.append(9)
xs += [2, 7]
print(xs)
xs[1] = 30
print(xs, xs.first!, xs.last!)
let empty: [Int] = []
print(empty, empty.isEmpty, empty.count)
