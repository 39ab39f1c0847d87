import Foundation
struct Temperature {
    static let absoluteZero = -273.15
    static var created = 0
    var celsius: Double { didSet { if celsius < Temperature.absoluteZero { celsius = Temperature.absoluteZero } } }
    init(celsius: Double) { self.celsius = celsius; Temperature.created += 1 }
    var kelvin: Double { celsius - Temperature.absoluteZero }
    static func freezing() -> Temperature { Temperature(celsius: 0) }
}
var t = Temperature(celsius: 25)
print(t.kelvin, Temperature.created)
t.celsius = -500
print(t.celsius)
let f = Temperature.freezing()
print(f.celsius, Temperature.created)
enum Config {
    static let layers = [2, 4, 1]
    static var seed = 42
    static func describe() -> String { "layers \(layers) seed \(seed)" }
}
Config.seed += 1
print(Config.describe())
struct Circle {
    var radius: Double
    var area: Double { get { 3.0 * radius * radius } set { radius = (newValue / 3.0).squareRoot() } }
}
var c = Circle(radius: 2)
c.area = 27
print(c.radius, c.area)
