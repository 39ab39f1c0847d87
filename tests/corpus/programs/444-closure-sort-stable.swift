struct Item { let name: String; let price: Double; let qty: Int }
let items = [Item(name: "pen", price: 1.5, qty: 10), Item(name: "book", price: 12, qty: 2),
             Item(name: "cup", price: 4.25, qty: 4), Item(name: "bag", price: 12, qty: 1)]
let byPrice = items.sorted { $0.price < $1.price }
print(byPrice.map(\.name))
let value = items.map { $0.price * Double($0.qty) }
print(value, value.reduce(0, +))
let expensive = items.filter { $0.price > 4 }.map { $0.name.uppercased() }
print(expensive)
let grouped = Dictionary(grouping: items) { $0.price > 5 ? "high" : "low" }
print(grouped["high"]!.map(\.name), grouped["low"]!.count)
let cheapest = items.min { $0.price < $1.price }!
print(cheapest.name, items.map(\.qty).max()!)
