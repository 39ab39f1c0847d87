import Foundation
struct Money { let cents: Int }
extension Money: CustomStringConvertible {
    var description: String { "$\(cents / 100).\(String(format: "%02d", cents % 100))" }
}
extension Money: Comparable {
    static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
}
extension Money {
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
}
let prices = [Money(cents: 1999), Money(cents: 250), Money(cents: 5)]
print(prices.sorted(), prices.max()!)
print(prices.reduce(Money(cents: 0), +))
print("total: \(prices.reduce(Money(cents: 0), +))")
