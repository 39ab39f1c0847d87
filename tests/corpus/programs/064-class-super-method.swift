class Base {
    func greet() -> String { "base" }
}
class Derived: Base {
    override func greet() -> String { "derived+" + super.greet() }
}
class MoreDerived: Derived {
    override func greet() -> String { "more+" + super.greet() }
}
print(Base().greet(), Derived().greet(), MoreDerived().greet())
