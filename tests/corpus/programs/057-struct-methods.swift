struct Rect {
    var width: Double
    var height: Double
    var area: Double { width * height }
    func scaled(by f: Double) -> Rect { Rect(width: width * f, height: height * f) }
    mutating func grow(_ d: Double) { width += d; height += d }
}
var r = Rect(width: 2, height: 3)
print(r.area, r.scaled(by: 2).area)
r.grow(1)
print(r.width, r.height, r.area)
print(r)
