protocol Module {
    var parameters: [Double] { get }
    func forward(_ x: Double) -> Double
}
extension Module {
    var parameterCount: Int { parameters.count }
    func callAsFunction(_ x: Double) -> Double { forward(x) }
}
struct Linear: Module {
    var w: Double, b: Double
    var parameters: [Double] { [w, b] }
    func forward(_ x: Double) -> Double { w * x + b }
}
struct Square: Module {
    var parameters: [Double] { [] }
    func forward(_ x: Double) -> Double { x * x }
}
struct Sequential: Module {
    var layers: [any Module]
    var parameters: [Double] { layers.flatMap { $0.parameters } }
    func forward(_ x: Double) -> Double { layers.reduce(x) { $1.forward($0) } }
}
let model = Sequential(layers: [Linear(w: 2, b: 1), Square(), Linear(w: 0.5, b: 0)])
print(model(3), model.parameterCount, model.parameters)
let mods: [Module] = [Linear(w: 1, b: 1), Square()]
for m in mods { print(type(of: m), m(2)) }
print(mods.map { $0.parameterCount })
if let l = mods[0] as? Linear { print("linear", l.w) }
print(mods[1] is Square, mods[1] is Linear)
