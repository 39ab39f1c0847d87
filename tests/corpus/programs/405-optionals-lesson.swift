struct Config { var lr: Double?; var epochs: Int?; var name: String? }
let cfgs = [Config(lr: 0.1, epochs: nil, name: "a"), Config(lr: nil, epochs: 5, name: nil)]
for c in cfgs {
    let lr = c.lr ?? 0.01
    let epochs = c.epochs ?? 10
    print(lr, epochs, c.name?.uppercased() ?? "unnamed", c.name?.count as Any)
    if let lr = c.lr, lr > 0.05 { print("high lr", lr) }
    guard let name = c.name else { print("no name"); continue }
    print("name", name)
}
var cache: [String: Double] = [:]
func lookup(_ k: String) -> Double? { cache[k] }
cache["x"] = 2
print(lookup("x").map { $0 * 2 } as Any, lookup("y").map { $0 * 2 } as Any)
print(lookup("x").flatMap { $0 > 1 ? $0 : nil } ?? -1)
let parsed = ["1", "x", "3"].compactMap { Int($0) }
print(parsed)
let maybe: Int? = Int("42")
if let m = maybe { print(m + 1) }
print(Double("3.5")! * 2, Double("abc") == nil)
