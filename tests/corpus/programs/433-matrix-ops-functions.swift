typealias Vector = [Double]
typealias Matrix = [Vector]
func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
    let bt = transpose(b)
    return a.map { row in bt.map { col in zip(row, col).map(*).reduce(0, +) } }
}
func transpose(_ m: Matrix) -> Matrix {
    guard let first = m.first else { return [] }
    return first.indices.map { j in m.map { $0[j] } }
}
func add(_ a: Vector, _ b: Vector) -> Vector { zip(a, b).map(+) }
func scale(_ v: Vector, by k: Double) -> Vector { v.map { $0 * k } }
let a: Matrix = [[1, 2, 3], [4, 5, 6]]
let b: Matrix = [[1, 0], [0, 1], [1, 1]]
print(matmul(a, b))
print(transpose(a))
print(add([1, 2], [0.5, 0.5]), scale([1, 2], by: 3))
let identity: Matrix = (0..<3).map { i in (0..<3).map { j in i == j ? 1 : 0 } }
print(identity, matmul(a, identity) == a)
var acc: Vector = Array(repeating: 0, count: 3)
for row in a { acc = add(acc, row) }
print(acc)
