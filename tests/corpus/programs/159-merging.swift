let base = ["a": 1, "b": 2]
let extra = ["b": 20, "c": 30]
let merged = base.merging(extra) { old, new in old + new }
for k in merged.keys.sorted() { print(k, merged[k]!) }
let keepOld = base.merging(extra) { old, _ in old }
print(keepOld["b"]!)
