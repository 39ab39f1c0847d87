let a = 17
let b = 5
print(a + b, a - b, a * b, a / b, a % b)
print(-a / b, -a % b, a / -b, a % -b)
print(Int.max, Int.min)
print(a &+ b, Int.max &+ 1, Int.min &- 1, Int.max &* 2)
