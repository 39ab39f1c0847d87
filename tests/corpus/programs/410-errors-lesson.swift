enum ShapeError: Error, CustomStringConvertible {
    case mismatch(expected: Int, got: Int)
    case empty
    var description: String {
        switch self {
        case let .mismatch(e, g): return "expected \(e) inputs, got \(g)"
        case .empty: return "empty input"
        }
    }
}
func dot(_ a: [Double], _ b: [Double]) throws -> Double {
    guard !a.isEmpty else { throw ShapeError.empty }
    guard a.count == b.count else { throw ShapeError.mismatch(expected: a.count, got: b.count) }
    return zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
}
do {
    print(try dot([1, 2], [3, 4]))
    print(try dot([1, 2], [3]))
} catch let e as ShapeError {
    print("shape error:", e)
} catch {
    print("other", error)
}
print((try? dot([], [])) as Any)
print((try? dot([2], [2])) ?? 0)
func safeDiv(_ a: Int, _ b: Int) -> Result<Int, ShapeError> { b == 0 ? .failure(.empty) : .success(a / b) }
for b in [2, 0] {
    switch safeDiv(10, b) {
    case .success(let v): print("ok", v)
    case .failure(let e): print("fail", e)
    }
}
if let v = try? safeDiv(9, 3).get() { print(v) }
do { _ = try safeDiv(1, 0).get() } catch { print("caught", error) }
