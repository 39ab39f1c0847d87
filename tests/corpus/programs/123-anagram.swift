func key(_ s: String) -> String { String(s.sorted()) }
let words = ["listen", "silent", "enlist", "google", "gooegl", "cat"]
var groups: [String: [String]] = [:]
for w in words { groups[key(w), default: []].append(w) }
for k in groups.keys.sorted() { print(groups[k]!) }
