enum BankError: Error {
    case insufficient(needed: Int)
    case closed
}
func withdraw(_ amount: Int, from balance: Int) throws -> Int {
    if amount > balance { throw BankError.insufficient(needed: amount - balance) }
    return balance - amount
}
do {
    print(try withdraw(30, from: 100))
    print(try withdraw(300, from: 100))
    print("not reached")
} catch BankError.insufficient(let needed) {
    print("need", needed, "more")
} catch {
    print("other", error)
}
