var xs = [1, 2, 3, 4]
xs.swapAt(0, 3)
print(xs)
var ys = ["a", "b", "c"]
ys.reverse()
print(ys)
