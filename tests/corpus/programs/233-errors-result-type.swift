enum MathError: Error { case divideByZero }
func divide(_ a: Int, _ b: Int) -> Result<Int, MathError> {
    b == 0 ? .failure(.divideByZero) : .success(a / b)
}
for (a, b) in [(10, 2), (1, 0)] {
    switch divide(a, b) {
    case .success(let q): print("quotient", q)
    case .failure(let e): print("error", e)
    }
}
let r = divide(9, 3).map { $0 * 10 }
if case .success(let v) = r { print(v) }
print((try? divide(8, 0).get()) ?? -1)
let results = [divide(4, 2), divide(4, 0), divide(9, 3)]
let ok = results.compactMap { try? $0.get() }
print(ok)
