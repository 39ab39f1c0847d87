let line = "a,b,,c"
print(line.split(separator: ","))
print(line.split(separator: ",").count)
print(["x", "y", "z"].joined(separator: ", "), ["x", "y"].joined())
let words = "the quick brown fox".split(separator: " ")
print(words.map { $0.count }, words.map { String($0) }.joined(separator: "_"))
