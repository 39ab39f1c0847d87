from reference import Value
w = Value(1.5)
L1 = w * 4.0
L1.backward()
print(w.grad)
L2 = w * w * -2.0
L2.backward()
print(w.grad)
w.grad = 0
L3 = (w - 1) ** 3
L3.backward()
print(L3.data, w.grad)
