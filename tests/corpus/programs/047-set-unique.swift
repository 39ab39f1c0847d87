let words = ["a", "b", "a", "c", "b", "a"]
let unique = Set(words)
print(unique.count, unique.sorted())
var seen = Set<String>()
var order: [String] = []
for w in words where !seen.contains(w) {
    seen.insert(w)
    order.append(w)
}
print(order)
