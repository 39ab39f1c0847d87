let people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
let byAge = people.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
print(byAge.map { $0.0 })
let byNameLenDesc = people.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
print(byNameLenDesc.map { $0.0 })
let oldest = people.max { $0.1 < $1.1 }!
print(oldest)
let grouped = Dictionary(grouping: people, by: { $0.1 }).mapValues { $0.map { $0.0 }.sorted() }
for age in grouped.keys.sorted() { print(age, grouped[age]!) }
