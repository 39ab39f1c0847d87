func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
func sum<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
func describeAll<T: CustomStringConvertible>(_ xs: [T]) -> String { xs.map { $0.description }.joined(separator: ", ") }
struct Pair<A, B> { let first: A; let second: B }
extension Pair: CustomStringConvertible where A: CustomStringConvertible, B: CustomStringConvertible {
    var description: String { "<\(first), \(second)>" }
}
print(largest([3, 9, 2]) ?? -1, largest(["pear", "apple"]) ?? "", largest([Double]()) as Any)
print(sum([1, 2, 3]), sum([0.5, 0.25]))
print(describeAll([1, 2]), describeAll([Pair(first: 1, second: "a")]))
func firstIndex<T: Equatable>(of x: T, in xs: [T]) -> Int? {
    for (i, v) in xs.enumerated() where v == x { return i }
    return nil
}
print(firstIndex(of: "b", in: ["a", "b"])!, firstIndex(of: 5, in: [1]) == nil)
struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var isEmpty: Bool { items.isEmpty }
    var top: Element? { items.last }
}
var s = Stack<Double>()
s.push(1); s.push(2.5)
print(s.top!, s.pop()!, s.pop()!, s.isEmpty, s.pop() as Any)
