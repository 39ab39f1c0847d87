// trap: Overflow
var p = 1
for i in 1...100 {
    p *= 7
    if i % 5 == 0 { print(i, p) }
}
