// trap: Overflow
let xs = [1.5, 1e300, -2.0]
for x in xs { print(Int(x * 2)) }
