from reference import Value
data = [(1.0, 3.1), (2.0, 4.9), (3.0, 7.2), (4.0, 8.8), (5.0, 11.1)]
w, b = Value(0.0), Value(0.0)
for epoch in range(25):
    loss = Value(0.0)
    for x, y in data:
        loss = loss + (w * x + b - y) ** 2
    loss = loss * (1.0 / len(data))
    w.grad = 0
    b.grad = 0
    loss.backward()
    w.data -= 0.02 * w.grad
    b.data -= 0.02 * b.grad
    if epoch % 5 == 4:
        print(epoch, loss.data, w.data, b.data)
