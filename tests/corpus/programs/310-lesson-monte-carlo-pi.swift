var seed: Int = 12345
func rand() -> Double {
    seed = (seed &* 1103515245 &+ 12345) & 0x7fffffff
    return Double(seed) / Double(0x7fffffff)
}
var inside = 0
let trials = 20000
for _ in 0..<trials {
    let x = rand(), y = rand()
    if x * x + y * y <= 1 { inside += 1 }
}
let pi = 4 * Double(inside) / Double(trials)
print(inside, pi, abs(pi - 3.14159) < 0.05)
