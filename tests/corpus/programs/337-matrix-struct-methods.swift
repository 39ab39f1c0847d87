struct Matrix: CustomStringConvertible {
    var rows: [[Double]]
    var shape: (Int, Int) { (rows.count, rows.first?.count ?? 0) }
    static func identity(_ n: Int) -> Matrix {
        Matrix(rows: (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } })
    }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        let (n, k) = a.shape, m = b.shape.1
        var out = Array(repeating: Array(repeating: 0.0, count: m), count: n)
        for i in 0..<n { for j in 0..<m { for t in 0..<k { out[i][j] += a.rows[i][t] * b.rows[t][j] } } }
        return Matrix(rows: out)
    }
    var transposed: Matrix { Matrix(rows: (0..<shape.1).map { j in rows.map { $0[j] } }) }
    var description: String { rows.map { $0.map { String($0) }.joined(separator: " ") }.joined(separator: "\n") }
}
let a = Matrix(rows: [[1, 2], [3, 4]])
print(a * Matrix.identity(2))
print(a.transposed)
print((a * a).rows, a.shape)
