func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    var c = Array(repeating: Array(repeating: 0.0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for k in 0..<b.count { c[i][j] += a[i][k] * b[k][j] }
        }
    }
    return c
}
let a: [[Double]] = [[1, 2], [3, 4]]
let b: [[Double]] = [[5, 6], [7, 8]]
print(matmul(a, b))
