var grid = Array(repeating: Array(repeating: 0, count: 4), count: 3)
for r in 0..<3 { for c in 0..<4 { grid[r][c] = r * 4 + c } }
print(grid)
grid[1][2] = -1
print(grid[1], grid.count, grid[0].count)
let transposed = (0..<4).map { c in grid.map { $0[c] } }
print(transposed)
let flat = grid.flatMap { $0 }
print(flat.filter { $0 < 0 })
var board = [[Character]](repeating: [".", ".", "."], count: 3)
board[1][1] = "X"
board[0][2] = "O"
for row in board { print(String(row)) }
