var xs = [5, 3, 8]
xs.append(1)
xs.insert(9, at: 0)
xs += [7, 7]
xs.remove(at: 2)
print(xs, xs.count)
xs.removeAll { $0 == 7 }
print(xs, xs.removeLast(), xs.removeFirst(), xs)
xs.replaceSubrange(0..<1, with: [10, 11])
print(xs)
xs.reverse(); print(xs)
xs.sort(); print(xs, xs.firstIndex(of: 10) as Any, xs.lastIndex(of: 11) as Any)
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[1][2] = 5
grid[0] = [1, 1, 1]
print(grid, grid.flatMap { $0 }.reduce(0, +))
var copy = grid
copy[0][0] = 99
print(grid[0][0], copy[0][0])
var empty: [String] = []
print(empty.isEmpty, empty.first as Any, empty.popLast() as Any)
empty.append(contentsOf: ["a", "b"])
print(empty.joined(separator: "/"), empty.indices, empty.enumerated().map { "\($0):\($1)" })
