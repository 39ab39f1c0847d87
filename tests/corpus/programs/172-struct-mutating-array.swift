struct Inventory {
    var items: [String: Int] = [:]
    mutating func add(_ name: String, _ n: Int = 1) { items[name, default: 0] += n }
    func count(of name: String) -> Int { items[name] ?? 0 }
}
var inv = Inventory()
inv.add("apple", 3)
inv.add("pear")
inv.add("apple")
print(inv.count(of: "apple"), inv.count(of: "pear"), inv.count(of: "kiwi"))
