for n in [-5, 0, 7, 12] {
    if n < 0 {
        print(n, "negative")
    } else if n == 0 {
        print(n, "zero")
    } else if n % 2 == 0 {
        print(n, "even")
    } else {
        print(n, "odd")
    }
}
let x = 5
print(x > 3 ? "big" : "small", x > 3 && x < 10, x < 3 || x == 5, !(x == 5))
