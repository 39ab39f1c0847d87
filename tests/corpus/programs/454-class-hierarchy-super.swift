class Animal {
    let name: String
    init(name: String) { self.name = name }
    func speak() -> String { "..." }
    final func intro() -> String { "\(name) says \(speak())" }
}
class Dog: Animal { override func speak() -> String { "woof" } }
class Puppy: Dog {
    override init(name: String) { super.init(name: name + " jr") }
    override func speak() -> String { super.speak() + "!" }
}
let zoo: [Animal] = [Animal(name: "x"), Dog(name: "rex"), Puppy(name: "rex")]
for a in zoo { print(a.intro()) }
print(zoo.filter { $0 is Dog }.count, zoo.compactMap { $0 as? Puppy }.map(\.name))
print(type(of: zoo[2]) == Puppy.self, zoo[1] is Puppy)
