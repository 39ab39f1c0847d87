enum Planet: Int { case mercury = 1, venus, earth, mars }
print(Planet.earth.rawValue, Planet(rawValue: 4)!, Planet(rawValue: 9) == nil)
enum Suit: String { case hearts, spades = "S" }
print(Suit.hearts.rawValue, Suit.spades.rawValue, Suit(rawValue: "S")!)
