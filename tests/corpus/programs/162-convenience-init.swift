class Point {
    var x: Double, y: Double
    init(x: Double, y: Double) { self.x = x; self.y = y }
    convenience init() { self.init(x: 0, y: 0) }
    convenience init(both v: Double) { self.init(x: v, y: v) }
}
let p = Point(), q = Point(both: 2)
print(p.x, p.y, q.x, q.y)
