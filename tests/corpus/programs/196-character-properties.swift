let text = "Ab3 z!9Q\t"
for c in text {
    print(c.isLetter, c.isNumber, c.isUppercase, c.isLowercase, c.isWhitespace, c.isPunctuation)
}
let ch: Character = "a"
print(ch.asciiValue!, Character("Z").asciiValue!, ch.uppercased(), Character("Q").lowercased())
print(Character("7").wholeNumberValue!, Character("x").isHexDigit, Character("F").hexDigitValue!)
