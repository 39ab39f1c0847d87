class Shape {
    var name: String
    init(name: String) { self.name = name }
    func area() -> Double { 0 }
    func describe() -> String { "\(name) with area \(area())" }
}
class Circle: Shape {
    var r: Double
    init(r: Double) { self.r = r; super.init(name: "circle") }
    override func area() -> Double { 3.0 * r * r }
}
class Square: Shape {
    var side: Double
    init(side: Double) { self.side = side; super.init(name: "square") }
    override func area() -> Double { side * side }
}
let shapes: [Shape] = [Circle(r: 1), Square(side: 2)]
for s in shapes { print(s.describe()) }
print(shapes[0] is Circle, shapes[1] is Circle)
