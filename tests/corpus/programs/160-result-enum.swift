enum MathError: Error { case divisionByZero }
func divide(_ a: Int, _ b: Int) -> Result<Int, MathError> {
    b == 0 ? .failure(.divisionByZero) : .success(a / b)
}
for (x, y) in [(10, 2), (1, 0)] {
    switch divide(x, y) {
    case .success(let q): print("quotient", q)
    case .failure(let e): print("error", e)
    }
}
