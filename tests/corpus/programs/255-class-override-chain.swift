class Animal {
    let name: String
    init(name: String) { self.name = name }
    func speak() -> String { "..." }
    func intro() -> String { "\(name) says \(speak())" }
}
class Dog: Animal {
    override func speak() -> String { "Woof" }
}
class Puppy: Dog {
    override func speak() -> String { super.speak() + "!" }
    override func intro() -> String { "little " + super.intro() }
}
let zoo: [Animal] = [Animal(name: "generic"), Dog(name: "Rex"), Puppy(name: "Bit")]
for a in zoo { print(a.intro()) }
print(zoo.filter { $0 is Dog }.count, zoo.compactMap { $0 as? Puppy }.map { $0.name })
