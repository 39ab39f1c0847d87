extension Int {
    var squared: Int { self * self }
    func isDivisible(by d: Int) -> Bool { self % d == 0 }
}
print(7.squared, 12.isDivisible(by: 4), 13.isDivisible(by: 4))
