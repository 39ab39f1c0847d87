var xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs.sorted(), xs.sorted(by: >))
xs.sort()
print(xs)
xs.sort { $0 > $1 }
print(xs)
let words = ["pear", "fig", "banana"]
print(words.sorted { $0.count < $1.count })
