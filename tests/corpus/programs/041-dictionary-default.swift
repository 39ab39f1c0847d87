var counts: [Character: Int] = [:]
for c in "mississippi" { counts[c, default: 0] += 1 }
for k in counts.keys.sorted() { print(k, counts[k]!) }
let d = ["a": 1]
print(d["b", default: 0], d["a", default: 0])
