let values = [0, 1, -7, 12, 255, 1024]
for v in values {
    print(v, v.signum(), v.magnitude, v.isMultiple(of: 2), v.nonzeroBitCount, v.trailingZeroBitCount)
}
print(Int.max.leadingZeroBitCount, 1.leadingZeroBitCount, (-1).leadingZeroBitCount)
let qr = 17.quotientAndRemainder(dividingBy: 5)
print(qr.quotient, qr.remainder)
let (q, r) = (-17).quotientAndRemainder(dividingBy: 5)
print(q, r)
print(abs(-42), (-42).magnitude, Int.bitWidth)
