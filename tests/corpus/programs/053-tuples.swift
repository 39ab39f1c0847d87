let t = (1, "two", 3.0)
print(t.0, t.1, t.2)
let named = (x: 3, y: 4)
print(named.x * named.y, named)
let (a, b) = (10, 20)
print(a + b)
var pair = (1, 2)
pair.0 = 5
print(pair)
