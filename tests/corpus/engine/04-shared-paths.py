from reference import Value
a = Value(3.0)
b = a * a + a * 4 - a / 2
b.backward()
print(b.data, a.grad)
x = Value(-1.5)
twice = x + x
y = twice * x + twice
y.backward()
print(y.data, x.grad, twice.grad)
