let x = 0b1011
let y = 0x0F
print(x & y, x | y, x ^ y, ~x)
print(1 << 10, 1024 >> 3, -16 >> 2)
print(0o17, 1_000_000)
