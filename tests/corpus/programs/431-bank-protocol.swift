protocol Account: AnyObject {
    var balance: Double { get set }
    func deposit(_ amount: Double)
}
extension Account {
    func deposit(_ amount: Double) { balance += amount }
}
enum BankError: Error { case insufficient(needed: Double) }
final class Checking: Account {
    var balance = 0.0
    func withdraw(_ amount: Double) throws {
        guard amount <= balance else { throw BankError.insufficient(needed: amount - balance) }
        balance -= amount
    }
}
let acct = Checking()
acct.deposit(100)
do {
    try acct.withdraw(30)
    try acct.withdraw(100)
} catch BankError.insufficient(let needed) {
    print("need", needed)
}
print(acct.balance)
let accounts: [Account] = [acct, Checking()]
accounts.forEach { $0.deposit(5) }
print(accounts.map { $0.balance })
