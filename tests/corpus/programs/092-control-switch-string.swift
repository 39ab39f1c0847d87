func kind(_ s: String) -> String {
    switch s {
    case "cat", "dog": return "pet"
    case "lion": return "wild"
    default: return "unknown"
    }
}
print(kind("cat"), kind("lion"), kind("rock"))
let c: Character = "e"
switch c {
case "a", "e", "i", "o", "u": print("vowel")
default: print("consonant")
}
