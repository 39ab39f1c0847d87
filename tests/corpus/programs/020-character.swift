let c: Character = "a"
print(c, c.isLetter, c.isNumber, ("7" as Character).isNumber)
print(Character("z") > c, String(c) + "b")
let digits = "a1b2c3".filter { $0.isNumber }
print(digits)
