var a = [1, 2, 3]
var b = a
b.append(4)
b[0] = 100
print(a, b)
func modify(_ xs: [Int]) -> [Int] {
    var ys = xs
    ys[0] = -1
    return ys
}
print(modify(a), a)
