let big = Int.max
let small = Int.min
print(big &+ 1 == small, small &- 1 == big)
print(big &* 2, 3 &* 4, 100 &- 250)
var h = 0
for c in "hello".unicodeScalars {
    h = h &* 31 &+ Int(c.value)
}
print(h)
var x = 1
for _ in 0..<70 { x = x &* 3 }
print(x)
