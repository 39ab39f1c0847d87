var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[0][1] = 5
grid[1][2] = 7
print(grid)
for row in grid { print(row.map { String($0) }.joined(separator: " ")) }
let t = (0..<3).map { j in grid.map { $0[j] } }
print(t)
