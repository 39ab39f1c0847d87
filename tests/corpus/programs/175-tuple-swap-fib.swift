var (a, b) = (0, 1)
for _ in 0..<10 { (a, b) = (b, a + b) }
print(a, b)
