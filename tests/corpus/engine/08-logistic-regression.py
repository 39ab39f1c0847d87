from reference import Value, sigmoid, log
X = [[0.5, 1.0], [1.0, 0.5], [2.0, 2.5], [3.0, 2.0]]
Y = [0.0, 0.0, 1.0, 1.0]
w = [Value(0.1), Value(-0.2)]
b = Value(0.0)
for step in range(10):
    loss = Value(0.0)
    for x, y in zip(X, Y):
        p = sigmoid(w[0] * x[0] + w[1] * x[1] + b)
        loss = loss - (y * log(p) + (1 - y) * log(1 - p))
    loss = loss / float(len(X))
    for p in w + [b]:
        p.grad = 0
    loss.backward()
    for p in w + [b]:
        p.data -= 0.5 * p.grad
    print(step, loss.data)
print(w[0].data, w[1].data, b.data)
