var state = 42
func nextRandom() -> Int {
    state = (state * 1103515245 + 12345) % 2147483648
    return state
}
var rolls: [Int] = []
for _ in 0..<8 { rolls.append(nextRandom() % 6 + 1) }
print(rolls)
