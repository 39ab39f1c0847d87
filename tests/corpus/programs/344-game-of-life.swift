var grid = [
    [0, 1, 0, 0, 0],
    [0, 0, 1, 0, 0],
    [1, 1, 1, 0, 0],
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
]
func step(_ g: [[Int]]) -> [[Int]] {
    let n = g.count
    var out = g
    for r in 0..<n {
        for c in 0..<n {
            var live = 0
            for dr in -1...1 { for dc in -1...1 where !(dr == 0 && dc == 0) {
                let rr = (r + dr + n) % n, cc = (c + dc + n) % n
                live += g[rr][cc]
            } }
            out[r][c] = (live == 3 || (live == 2 && g[r][c] == 1)) ? 1 : 0
        }
    }
    return out
}
for _ in 0..<4 { grid = step(grid) }
for row in grid { print(row.map { $0 == 1 ? "#" : "." }.joined()) }
print(grid.flatMap { $0 }.reduce(0, +))
