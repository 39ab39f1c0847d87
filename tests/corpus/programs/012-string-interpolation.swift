let name = "Ada"
let age = 36
let height = 1.68
print("\(name) is \(age) years old and \(height) m tall")
print("sum: \(age + 4), half: \(Double(age) / 8)")
print("nested: \("inner \(age)")")
print("array: \([1, 2, 3]), tuple: \((1, "a"))")
