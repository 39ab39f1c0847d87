for x in stride(from: 0.0, through: 1.0, by: 0.2) { print(x) }
print(Array(stride(from: 0.0, to: 0.5, by: 0.1)))
print(Array(stride(from: 1.0, through: 0.0, by: -0.25)))
var x = 0.0
var n = 0
while x < 1.0 { x += 0.1; n += 1 }
print(n, x)
print((0..<5).map { Double($0) * 0.1 })
