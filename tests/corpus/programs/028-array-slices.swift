let xs = [10, 20, 30, 40, 50]
print(xs[1...3], xs[..<2], xs[3...])
print(Array(xs[1..<4]), xs.prefix(2), xs.suffix(2))
print(xs.dropFirst(), xs.dropLast(2))
let slice = xs[2...]
print(slice.first!, slice.count, Array(slice))
