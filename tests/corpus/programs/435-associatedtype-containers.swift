protocol Container {
    associatedtype Item
    var items: [Item] { get }
    mutating func add(_ item: Item)
}
extension Container {
    var count: Int { items.count }
}
struct Box<T>: Container {
    var items: [T] = []
    mutating func add(_ item: T) { items.append(item) }
}
var box = Box<String>()
box.add("a"); box.add("b")
print(box.count, box.items)
func total<C: Container>(_ c: C) -> Int where C.Item == Int { c.items.reduce(0, +) }
var ib = Box<Int>()
ib.add(3); ib.add(4)
print(total(ib))
protocol Scorer { func score(_ x: Double) -> Double }
struct Linear: Scorer { let k: Double; func score(_ x: Double) -> Double { k * x } }
struct Threshold: Scorer { let t: Double; func score(_ x: Double) -> Double { x > t ? 1 : 0 } }
func best<S: Scorer>(_ s: S, of xs: [Double]) -> Double { xs.map(s.score).max()! }
print(best(Linear(k: 2), of: [1, 3, 2]), best(Threshold(t: 2.5), of: [1, 3]))
