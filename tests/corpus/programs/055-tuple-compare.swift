print((1, 2) == (1, 2), (1, 2) < (1, 3), (2, "a") > (1, "z"))
let people = [("bob", 30), ("amy", 30), ("cat", 25)]
let sorted = people.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
print(sorted.map { $0.0 })
