var stock = ["apple": 3, "pear": 0, "fig": 7]
print(stock.updateValue(5, forKey: "apple")!, stock.updateValue(1, forKey: "kiwi") == nil)
print(stock.removeValue(forKey: "pear")!, stock.removeValue(forKey: "none") == nil)
print(stock.count, stock.isEmpty, stock.keys.sorted(), stock.values.sorted())
let big = stock.filter { $0.value > 2 }
print(big.keys.sorted())
print(stock.mapValues { $0 * 10 }.sorted { $0.key < $1.key })
print(stock.contains { $0.value == 7 }, stock.keys.contains("fig"))
let maxItem = stock.max { $0.value < $1.value }!
print(maxItem.key, maxItem.value)
print(stock.reduce(0) { $0 + $1.value })
