protocol Layer { func forward(_ x: [Double]) -> [Double] }
struct Scale: Layer { let k: Double; func forward(_ x: [Double]) -> [Double] { x.map { $0 * k } } }
struct Shift: Layer { let b: Double; func forward(_ x: [Double]) -> [Double] { x.map { $0 + b } } }
struct ReLU: Layer { func forward(_ x: [Double]) -> [Double] { x.map { max(0, $0) } } }
let net: [Layer] = [Scale(k: 2), Shift(b: -3), ReLU()]
let out = net.reduce([1, 2, 0.5, 4]) { x, layer in layer.forward(x) }
print(out)
var x: [Double] = [-1, 1]
for layer in net { x = layer.forward(x); print(x) }
