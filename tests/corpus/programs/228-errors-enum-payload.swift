enum BankError: Error {
    case insufficientFunds(needed: Double)
    case accountLocked
    case invalidAmount(Double)
}
struct Account {
    var balance: Double
    var locked = false
    mutating func withdraw(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        guard !locked else { throw BankError.accountLocked }
        guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
    }
}
var acct = Account(balance: 100)
for amount in [30.0, -5.0, 100.0, 20.5] {
    do {
        try acct.withdraw(amount)
        print("ok", acct.balance)
    } catch BankError.insufficientFunds(let needed) {
        print("short by", needed)
    } catch BankError.invalidAmount(let a) {
        print("invalid", a)
    } catch {
        print("other", error)
    }
}
acct.locked = true
do { try acct.withdraw(1) } catch { print(error) }
