struct Point { var x: Int; var y: Int }
var a = Point(x: 1, y: 2)
var b = a
b.x = 100
print(a.x, b.x)
var points = [a, b]
points[0].y = -1
print(a.y, points[0].y)
func moved(_ p: Point) -> Point { var q = p; q.x += 1; return q }
print(moved(a), a)
struct Team { var members: [String] }
var t1 = Team(members: ["x"])
var t2 = t1
t2.members.append("y")
print(t1.members, t2.members)
let frozen = Point(x: 0, y: 0)
print(frozen)
