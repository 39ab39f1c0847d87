from reference import Value
w, x, b = Value(2.0), Value(3.0), Value(1.0)
L = (w * x + b) ** 2 / 2 - w * 3
L.backward()
print(L.data, w.grad, x.grad, b.grad)
for p in [w, b]:
    p.data -= 0.01 * p.grad
print(w.data, b.data)
L2 = (w * x + b) ** 2 / 2 - w * 3
print(L2.data)
