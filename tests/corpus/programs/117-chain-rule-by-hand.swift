// f(x) = (2x + 1)^2, df/dx = 4(2x + 1)
let x = 3.0
let u = 2 * x + 1
let f = u * u
let dfdu = 2 * u
let dudx = 2.0
print(f, dfdu * dudx)
