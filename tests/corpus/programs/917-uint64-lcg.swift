var state: UInt64 = 42
func next() -> UInt64 {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return state
}
for _ in 0..<3 { print(next()) }
print(UInt64.max, UInt64.max / 3)
let r = Double(next() >> 11) / Double(1 << 53)
print(r)
print(next() % 100)
