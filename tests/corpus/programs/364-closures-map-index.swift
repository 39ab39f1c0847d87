let names = ["ann", "bob", "cy"]
let numbered = names.enumerated().map { "\($0.offset + 1). \($0.element)" }
print(numbered)
let lengths = names.map(\.count)
print(lengths, names.map { $0.count }.reduce(0, +))
let initials = String(names.compactMap { $0.first }).uppercased()
print(initials)
let pairs = zip(names, lengths).filter { $0.1 > 2 }.map { $0.0 }
print(pairs)
let byLength = names.sorted { $0.count > $1.count }
print(byLength.first!, byLength.last!)
