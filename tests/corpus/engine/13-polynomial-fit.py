from reference import Value
xs = [-2.0, -1.0, 0.0, 1.0, 2.0, 3.0]
ys = [2 * x * x - 3 * x + 1 for x in xs]
a, b, c = Value(0.0), Value(0.0), Value(0.0)
for step in range(1, 41):
    loss = Value(0.0)
    for x, y in zip(xs, ys):
        pred = a * (x * x) + b * x + c
        loss = loss + (pred - y) ** 2
    loss = loss / float(len(xs))
    a.grad = b.grad = c.grad = 0
    loss.backward()
    for p in [a, b, c]:
        p.data -= 0.01 * p.grad
    if step % 5 == 0:
        print(step, loss.data)
print(a.data, b.data, c.data)
