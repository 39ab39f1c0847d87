protocol Animal {
    var name: String { get }
    func sound() -> String
}
extension Animal { func speak() -> String { "\(name) says \(sound())" } }
struct Dog: Animal { let name = "Dog"; func sound() -> String { "woof" } }
struct Cow: Animal { let name = "Cow"; func sound() -> String { "moo" } }
let animals: [Animal] = [Dog(), Cow()]
for a in animals { print(a.speak()) }
