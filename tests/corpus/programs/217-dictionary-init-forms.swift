let names = ["a", "b", "c"]
let d = Dictionary(uniqueKeysWithValues: zip(names, 1...))
print(d.sorted { $0.key < $1.key })
let counts = Dictionary(["x", "y", "x", "z", "x"].map { ($0, 1) }, uniquingKeysWith: +)
print(counts.sorted { $0.key < $1.key })
let byLen = Dictionary(grouping: ["aa", "b", "cc", "ddd"], by: { $0.count })
print(byLen.keys.sorted(), byLen[2]!)
let opt = ["a": "1", "b": "x", "c": "3"].compactMapValues { Int($0) }
print(opt.sorted { $0.key < $1.key })
var e = [String: [Int]]()
e["k", default: []].append(4)
e["k", default: []].append(5)
print(e)
