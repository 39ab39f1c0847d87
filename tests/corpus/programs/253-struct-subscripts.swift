struct Matrix {
    let rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int) { self.rows = rows; self.cols = cols; data = Array(repeating: 0, count: rows * cols) }
    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
}
var m = Matrix(rows: 2, cols: 3)
for r in 0..<2 { for c in 0..<3 { m[r, c] = Double(r * 10 + c) } }
m[1, 1] += 0.5
print(m.data, m[1, 2])
struct Polynomial {
    var coeffs: [Double]
    subscript(x: Double) -> Double { coeffs.reversed().reduce(0) { $0 * x + $1 } }
}
let p = Polynomial(coeffs: [1, 0, 2])
print(p[3], p[0.5])
