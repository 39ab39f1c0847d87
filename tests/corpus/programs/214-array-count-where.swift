let xs = [1, 5, 2, 8, 3, 9]
print(xs.count(where: { $0 > 3 }))
print(xs.filter { $0 % 2 == 0 }.count)
let total = xs.reduce(0) { acc, x in acc + (x > 3 ? 1 : 0) }
print(total)
print(xs.lazy.map { $0 * 10 }.filter { $0 > 40 }.first!)
print(Array(xs.lazy.filter { $0 < 4 }))
