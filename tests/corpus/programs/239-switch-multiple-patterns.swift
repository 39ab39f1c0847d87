func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    case "0"..."9": return "digit"
    case " ", "\t": return "space"
    default: return "other"
    }
}
print("ai 7x".map(kind))
enum Token { case plus, minus, times, number(Int) }
func arity(_ t: Token) -> Int {
    switch t {
    case .plus, .minus, .times: return 2
    case .number: return 0
    }
}
print([Token.plus, .number(3), .times].map(arity))
let n = 15
switch (n % 3, n % 5) {
case (0, 0): print("FizzBuzz")
case (0, _): print("Fizz")
case (_, 0): print("Buzz")
default: print(n)
}
