protocol Describable {
    func describe() -> String
}
struct Cat: Describable { func describe() -> String { "cat" } }
struct Car: Describable {
    var wheels: Int
    func describe() -> String { "car with \(wheels) wheels" }
}
let things: [Describable] = [Cat(), Car(wheels: 4)]
for t in things { print(t.describe()) }
