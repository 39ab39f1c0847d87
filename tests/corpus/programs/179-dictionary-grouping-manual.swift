let people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
var byAge: [Int: [String]] = [:]
for (name, age) in people { byAge[age, default: []].append(name) }
for age in byAge.keys.sorted() { print(age, byAge[age]!) }
