protocol Describable {
    var name: String { get }
    func describe() -> String
}
extension Describable {
    func describe() -> String { "I am \(name)" }
    func shout() -> String { describe().uppercased() }
}
struct Cat: Describable { let name: String }
struct Robot: Describable {
    let name: String
    func describe() -> String { "unit \(name)" }
}
let items: [Describable] = [Cat(name: "Tom"), Robot(name: "R2")]
for i in items { print(i.describe(), "|", i.shout()) }
