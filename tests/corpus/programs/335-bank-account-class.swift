class Account {
    let owner: String
    private(set) var balance: Double = 0
    private var history: [String] = []
    init(owner: String) { self.owner = owner }
    func deposit(_ amount: Double) {
        balance += amount
        history.append("+\(amount)")
    }
    func withdraw(_ amount: Double) -> Bool {
        guard amount <= balance else { history.append("denied \(amount)"); return false }
        balance -= amount
        history.append("-\(amount)")
        return true
    }
    var statement: String { "\(owner): " + history.joined(separator: ", ") + " = \(balance)" }
}
class Savings: Account {
    let rate: Double
    init(owner: String, rate: Double) { self.rate = rate; super.init(owner: owner) }
    func addInterest() { deposit(balance * rate) }
}
let s = Savings(owner: "Ann", rate: 0.05)
s.deposit(100)
print(s.withdraw(30), s.withdraw(500))
s.addInterest()
print(s.statement)
