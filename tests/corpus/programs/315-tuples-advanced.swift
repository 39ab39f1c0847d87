let record = (name: "Ada", born: 1815, langs: ["math", "engines"])
print(record.name, record.born, record.langs.count, record.1)
var (q, r) = (17 / 5, 17 % 5)
print(q, r)
(q, r) = (r, q)
print(q, r)
let nested = ((1, 2), (3, (4, 5)))
print(nested.1.1.0, nested.0)
func stats(_ xs: [Int]) -> (min: Int, max: Int, sum: Int) { (xs.min()!, xs.max()!, xs.reduce(0, +)) }
let s = stats([4, 8, 1])
print(s, s.sum)
let (_, hi, _) = stats([1, 2])
print(hi)
print((1, "a") == (1, "a"), (1, 2) < (1, 3), (2, "a") > (1, "z"))
var points = [(1, 2), (3, 4)]
points[0].1 = 99
print(points)
