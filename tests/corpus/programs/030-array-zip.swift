let a = [1, 2, 3]
let b = ["one", "two", "three", "four"]
for (n, s) in zip(a, b) { print(n, s) }
let pairs = Array(zip(a, b))
print(pairs.count, pairs[0].0, pairs[2].1)
