var xs = [10, 20, 30, 40]
for i in xs.indices { xs[i] += i }
print(xs, xs.indices, xs.startIndex, xs.endIndex)
for i in stride(from: xs.count - 1, through: 0, by: -1) { print(i, xs[i]) }
for (i, x) in xs.enumerated() where i % 2 == 1 { print("odd", i, x) }
for x in xs.reversed() { print(x, terminator: " ") }
print()
var i = 0
while i < xs.count { xs[i] *= 2; i += 2 }
print(xs)
