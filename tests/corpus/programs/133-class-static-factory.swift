class Matrix {
    var rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int, data: [Double]) { self.rows = rows; self.cols = cols; self.data = data }
    static func identity(_ n: Int) -> Matrix {
        var d = Array(repeating: 0.0, count: n * n)
        for i in 0..<n { d[i * n + i] = 1 }
        return Matrix(rows: n, cols: n, data: d)
    }
    subscript(i: Int, j: Int) -> Double { data[i * cols + j] }
}
let m = Matrix.identity(3)
print(m[0, 0], m[0, 1], m[2, 2], m.data)
