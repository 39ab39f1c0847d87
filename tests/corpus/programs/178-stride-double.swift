var xs: [Double] = []
for x in stride(from: -1.0, through: 1.0, by: 0.5) { xs.append(x * x) }
print(xs)
