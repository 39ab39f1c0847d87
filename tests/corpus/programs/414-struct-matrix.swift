struct Matrix: CustomStringConvertible {
    let rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int, fill: Double = 0) {
        self.rows = rows; self.cols = cols
        data = Array(repeating: fill, count: rows * cols)
    }
    init(_ grid: [[Double]]) {
        rows = grid.count; cols = grid[0].count
        data = grid.flatMap { $0 }
    }
    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        var out = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows { for j in 0..<b.cols { for k in 0..<a.cols { out[i, j] += a[i, k] * b[k, j] } } }
        return out
    }
    var transposed: Matrix {
        var t = Matrix(rows: cols, cols: rows)
        for i in 0..<rows { for j in 0..<cols { t[j, i] = self[i, j] } }
        return t
    }
    var description: String {
        (0..<rows).map { r in (0..<cols).map { c in "\(self[r, c])" }.joined(separator: " ") }.joined(separator: "\n")
    }
}
let a = Matrix([[1, 2], [3, 4]])
let b = Matrix([[0, 1], [1, 0]])
print(a * b)
print(a.transposed)
var i = Matrix(rows: 2, cols: 2)
i[0, 0] = 1; i[1, 1] = 1
print((a * i).data == a.data)
