import Foundation
struct Vec2: Equatable {
    var x: Double, y: Double
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x - b.x, y: a.y - b.y) }
    static func * (k: Double, v: Vec2) -> Vec2 { Vec2(x: k * v.x, y: k * v.y) }
    static prefix func - (v: Vec2) -> Vec2 { Vec2(x: -v.x, y: -v.y) }
    static func += (a: inout Vec2, b: Vec2) { a = a + b }
    var length: Double { (x * x + y * y).squareRoot() }
}
let a = Vec2(x: 3, y: 4)
let b = Vec2(x: 1, y: -1)
var c = a + b
c += Vec2(x: 0.5, y: 0.5)
print(a + b, a - b, 2 * a, -b, c, a.length)
print(a == Vec2(x: 3, y: 4), a == b)
