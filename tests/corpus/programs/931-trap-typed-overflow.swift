// trap: Overflow
// Overflow inside a function over Ints (the interpreter's typed tier) stops the program as Swift does.
func factorial(_ n: Int) -> Int {
    var result = 1
    for i in 1...n { result *= i }
    return result
}
print(factorial(20))
print(factorial(21))
