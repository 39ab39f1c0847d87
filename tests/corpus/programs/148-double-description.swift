let xs: [Double] = [1, 1.5, 0.1, 100, 1e-7, 12.0 / 7.0]
print(xs)
print(xs.map { "\($0)" })
print(String(2.5), 2.5.description, Double(3))
