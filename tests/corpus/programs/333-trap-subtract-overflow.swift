// trap: Overflow
var balance = Int.min + 100
for withdrawal in [40, 50, 20] {
    balance -= withdrawal
    print(balance)
}
