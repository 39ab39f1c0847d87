let text = "the quick brown fox jumps over the lazy dog the end"
var freq: [String: Int] = [:]
for w in text.split(separator: " ") { freq[String(w), default: 0] += 1 }
for (w, c) in freq.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }).prefix(3) {
    print(w, c)
}
var grads: [String: Double] = ["w1": 0, "w2": 0]
grads["w1"]! += 0.5
grads["w2", default: 0] -= 1
grads["b"] = 2
print(grads.keys.sorted(), grads.values.reduce(0, +))
print(grads.filter { $0.value > 0 }.keys.sorted())
print(grads.mapValues { $0 * 2 }["w1"]!)
if let old = grads.updateValue(9, forKey: "b") { print("old", old) }
print(grads.removeValue(forKey: "w2") as Any, grads.count, grads["w2"] as Any)
let inverted = Dictionary(uniqueKeysWithValues: freq.filter { $0.value == 3 }.map { ($0.value, $0.key) })
print(inverted)
print(freq.isEmpty, freq["zzz"] == nil, freq.contains { $0.key == "fox" })
