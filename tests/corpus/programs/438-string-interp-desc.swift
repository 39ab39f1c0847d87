struct Vec2: CustomStringConvertible {
    var x: Double, y: Double
    var description: String { "(\(x), \(y))" }
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vec2) -> Vec2 { Vec2(x: k * v.x, y: k * v.y) }
    static prefix func - (v: Vec2) -> Vec2 { Vec2(x: -v.x, y: -v.y) }
    static func += (a: inout Vec2, b: Vec2) { a = a + b }
}
var v = Vec2(x: 1, y: 2)
v += Vec2(x: 0.5, y: 0.5)
print(v, -v, 2 * v, "v = \(v)", [v, v])
print("\(v.x + v.y) and \(String(describing: v))")
let items = [("w", 0.5), ("b", -1.0)]
print(items.map { "\($0.0)=\($0.1)" }.joined(separator: ", "))
let n = 3
print("\(n) item\(n == 1 ? "" : "s")", "sum: \((1...n).reduce(0, +))")
print("nested \("quote \"x\"")", #"raw \(n)"#, "tab\tend")
