from reference import Value
x, y = Value(1.5), Value(-0.5)
z = x ** 3 + 1 / x + y ** 2 / x - (x - y) ** -1 + 2 / (y * y)
z.backward()
print(z.data, x.grad, y.grad)
q = Value(4.0)
r = q ** 0.5 * q ** -2.0
r.backward()
print(r.data, q.grad)
