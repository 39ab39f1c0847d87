class Vehicle {
    var wheels: Int
    var name: String
    init(wheels: Int, name: String) { self.wheels = wheels; self.name = name }
    convenience init() { self.init(wheels: 4, name: "car") }
    func info() -> String { "\(name): \(wheels) wheels" }
}
class Bike: Vehicle {
    init() { super.init(wheels: 2, name: "bike") }
}
print(Vehicle().info(), Bike().info(), Vehicle(wheels: 18, name: "truck").info())
