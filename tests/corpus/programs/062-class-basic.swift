class Account {
    var balance: Double
    let owner: String
    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
    }
    func deposit(_ amount: Double) { balance += amount }
}
let acc = Account(owner: "Ann")
acc.deposit(50)
let alias = acc
alias.deposit(25)
print(acc.balance, acc.owner, acc === alias)
