// trap: DivisionByZero
let counts = [4, 2, 0, 1]
let total = 12
for c in counts {
    print(total / c)
}
