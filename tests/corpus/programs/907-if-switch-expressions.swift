let x = 5
let size = if x > 3 { "large" } else if x > 1 { "medium" } else { "small" }
let half: Double = if x > 3 { 1 } else { 2 }
let o: Int? = 4
let desc = if let v = o { "has \(v)" } else { "none" }
let name = switch x {
case 0: "zero"
case 1...5: "few"
default: "many"
}
let w: Double = switch x {
case 5: 1
default: 0
}
print(size, half, desc, name, w)
func grade(_ s: Int) -> String {
    if s >= 90 { "A" } else if s >= 80 { "B" } else { "C" }
}
print(grade(95), grade(85), grade(10))
