import Foundation
let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let g = Dictionary(grouping: words, by: { $0.first! })
for k in g.keys.sorted() { print(k, g[k]!) }
let xs = [1, 5, 3, 5, 2]
print(xs.lastIndex(where: { $0 == 5 })!, xs.lastIndex(of: 5)!, xs.firstIndex(where: { $0 > 2 })!)
print(Int(exactly: 2.5) as Any, Int(exactly: 2.0) as Any)
print(Int(exactly: 2.5) == nil)
