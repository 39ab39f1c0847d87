// trap: Overflow
// Swift stops the program when Int arithmetic overflows; what was printed before stays.
var x = Int.max - 3
for step in 1...10 {
    x += 1
    print(step, x)
}
print("never printed")
