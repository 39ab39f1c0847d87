let x = 10
var y = x
y += 5
do {
    let x = "inner"
    print(x, y)
}
print(x)
var a = 1, b = 2, c = a + b
c *= 2
_ = a + b
let (p, q) = (c, c * 2)
print(a, b, c, p, q)
let big = 1_000_000, hex = 0xff, bin = 0b1010, oct = 0o17, sci = 1.5e3
print(big, hex, bin, oct, sci)
var name: String
if y > 10 { name = "big" } else { name = "small" }
print(name)
