let prices = ["apple": 1.5, "pear": 2.0]
let doubled = prices.mapValues { $0 * 2 }
print(doubled["apple"]!, doubled["pear"]!)
let cheap = prices.filter { $0.value < 1.8 }
print(cheap.count, cheap.keys.first!)
print(prices.keys.sorted(), prices.values.reduce(0, +))
