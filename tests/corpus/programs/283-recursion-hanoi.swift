var moves: [(Int, Int)] = []
func hanoi(_ n: Int, from: Int, to: Int, via: Int) {
    if n == 0 { return }
    hanoi(n - 1, from: from, to: via, via: to)
    moves.append((from, to))
    hanoi(n - 1, from: via, to: to, via: from)
}
hanoi(3, from: 1, to: 3, via: 2)
print(moves.count)
for m in moves { print("\(m.0) -> \(m.1)") }
moves.removeAll()
hanoi(10, from: 1, to: 3, via: 2)
print(moves.count)
