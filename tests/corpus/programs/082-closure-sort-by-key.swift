struct Item { var name: String; var price: Double }
let items = [Item(name: "b", price: 3), Item(name: "a", price: 1.5), Item(name: "c", price: 2)]
print(items.sorted { $0.price < $1.price }.map { $0.name })
print(items.map { $0.price }.reduce(0, +))
print(items.filter { $0.price > 1.8 }.map(\.name))
