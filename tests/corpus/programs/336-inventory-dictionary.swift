struct Item { let name: String; var qty: Int; let price: Double }
var inventory: [String: Item] = [:]
for (n, q, p) in [("apple", 5, 0.5), ("pear", 2, 0.75), ("plum", 0, 1.25)] {
    inventory[n] = Item(name: n, qty: q, price: p)
}
inventory["apple"]?.qty -= 2
inventory["kiwi"]?.qty += 1
let inStock = inventory.values.filter { $0.qty > 0 }.sorted { $0.name < $1.name }
for item in inStock { print(item.name, item.qty, Double(item.qty) * item.price) }
let value = inventory.values.reduce(0.0) { $0 + Double($1.qty) * $1.price }
print(value, inventory["kiwi"] == nil)
