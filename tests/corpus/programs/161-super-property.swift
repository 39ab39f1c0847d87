class Shape {
    var sides: Int { 0 }
    var summary: String { "\(sides) sides" }
}
class Triangle: Shape {
    override var sides: Int { 3 }
    override var summary: String { "triangle, " + super.summary }
}
print(Triangle().summary, Shape().summary)
