struct Point {
    var x: Int
    var y: Int
}
var p = Point(x: 1, y: 2)
p.x += 10
print(p.x, p.y)
print(p)
let q = p
p.y = 0
print(q.y, p.y)
