var xs = [1, 2, 3]
xs.insert(contentsOf: [10, 11], at: 1)
print(xs)
xs.replaceSubrange(0..<2, with: [7, 7, 7])
print(xs)
xs[1...2] = [0]
print(xs)
xs += [4, 5]
print(xs, xs + [6])
xs.reverse()
print(xs)
xs.sort()
print(xs)
xs.sort(by: >)
print(xs)
