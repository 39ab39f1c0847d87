from reference import Value, tanh
x1, x2 = Value(2.0), Value(0.0)
w1, w2 = Value(-3.0), Value(1.0)
b = Value(6.8813735870195432)
n = x1 * w1 + x2 * w2 + b
o = tanh(n)
o.backward()
print(n.data, o.data)
print(x1.grad, w1.grad, x2.grad, w2.grad, b.grad)
