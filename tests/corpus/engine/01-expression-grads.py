from reference import Value
a, b, c = Value(2.0), Value(-3.0), Value(10.0)
e = a * b
d = e + c
f = Value(-2.0)
L = d * f
L.backward()
print(L.data)
print(a.grad, b.grad, c.grad, f.grad)
print(d.grad, e.grad)
