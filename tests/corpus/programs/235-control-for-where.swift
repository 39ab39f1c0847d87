for i in 1...20 where i % 3 == 0 && i % 2 == 1 { print(i) }
let words = ["apple", "kiwi", "banana", "fig"]
for w in words where w.count > 3 { print(w.uppercased()) }
for (i, w) in words.enumerated() where i > 0 { print(i, w.first!) }
var total = 0
for _ in 0..<5 { total += 2 }
print(total)
for c in "a1b2" where c.isNumber { print(c) }
