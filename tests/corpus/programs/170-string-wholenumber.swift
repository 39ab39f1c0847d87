let code = "a1b22c333"
let digits = code.compactMap { $0.wholeNumberValue }
print(digits, digits.reduce(0, +))
