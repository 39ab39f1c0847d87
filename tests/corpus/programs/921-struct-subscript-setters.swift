struct Matrix {
    var data: [Double]
    let cols: Int
    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
    subscript(i: Int) -> Double {
        get { data[i] }
        set { data[i] = newValue }
    }
}
var m = Matrix(data: [0, 0, 0, 0], cols: 2)
m[0] = 5
m[1, 1] = 7
m[1, 0] += 2
print(m.data)
struct Temp {
    var celsius = 0.0
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var t = Temp()
t.fahrenheit = 212
print(t.celsius)
t.fahrenheit += 18
print(t.celsius)
final class Grid {
    var cells = [0, 0, 0]
    subscript(i: Int) -> Int {
        get { cells[i] }
        set { cells[i] = newValue }
    }
}
let g = Grid()
g[1] = 9
g[2] += 1
print(g.cells)
