from reference import Value, exp, log
x = Value(0.7)
y = exp(x) * log(x + 2) - exp(-x)
y.backward()
print(y.data, x.grad)
t = Value(-1.2)
u = log(exp(t * t) + 1)
u.backward()
print(u.data, t.grad)
