class Counter {
    private(set) var count = 0
    var total = 0 { willSet { print("will", newValue) } didSet { print("did", oldValue, total) } }
    func tick() { count += 1; total += 2 }
}
let c = Counter(); c.tick(); print(c.count)
func work() { defer { print("deferred") }; print("working") }
work()
var a = 1, b = 2
swap(&a, &b); print(a, b)
let counts = "hello".reduce(into: [:]) { d, ch in d[ch, default: 0] += 1 }
print(counts["l"]!)
let merged = ["a": 1].merging(["a": 2, "b": 3]) { x, y in x + y }
print(merged["a"]!, merged["b"]!)
enum Fail: Error { case bad }
let r: Result<Int, Fail> = .success(3)
switch r { case .success(let v): print("ok", v); case .failure(let e): print(e) }
func risky() -> Result<Int, Fail> { .failure(.bad) }
if case .failure(let e) = risky() { print("failed", e) }
import Foundation
print(Foundation.exp(0.0), Foundation.sqrt(16.0))
class Base { var name: String { "base" } }
class Derived: Base { override var name: String { super.name + "+derived" } }
print(Derived().name)
