class Animal { func name() -> String { "animal" } }
class Dog: Animal {
    override func name() -> String { "dog" }
    func bark() -> String { "woof" }
}
let pets: [Animal] = [Animal(), Dog()]
for p in pets {
    if let d = p as? Dog { print(d.name(), d.bark()) } else { print(p.name()) }
}
print(pets.filter { $0 is Dog }.count)
