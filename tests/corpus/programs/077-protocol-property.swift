protocol Shape {
    var area: Double { get }
    var name: String { get }
}
struct Sq: Shape { var s: Double; var area: Double { s * s }; var name: String { "square" } }
struct Ci: Shape { var r: Double; var area: Double { 3 * r * r }; let name = "circle" }
let shapes: [Shape] = [Sq(s: 2), Ci(r: 1)]
let total = shapes.reduce(0.0) { $0 + $1.area }
print(total, shapes.map { $0.name })
