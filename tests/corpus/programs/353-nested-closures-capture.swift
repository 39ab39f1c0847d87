func makeBank() -> (deposit: (Int) -> Int, withdraw: (Int) -> Int?) {
    var balance = 0
    let deposit = { (n: Int) -> Int in balance += n; return balance }
    let withdraw = { (n: Int) -> Int? in
        if n > balance { return nil }
        balance -= n
        return balance
    }
    return (deposit, withdraw)
}
let bank = makeBank()
print(bank.deposit(100), bank.withdraw(30) ?? -1, bank.withdraw(100) ?? -1, bank.deposit(5))
var counters: [String: () -> Int] = [:]
for name in ["x", "y"] {
    var c = 0
    counters[name] = { c += 1; return c }
}
print(counters["x"]!(), counters["x"]!(), counters["y"]!())
