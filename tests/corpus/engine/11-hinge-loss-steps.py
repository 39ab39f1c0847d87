from reference import MLP, Value, weight
model = MLP(2, [6, 6, 1])
for i, p in enumerate(model.parameters()):
    p.data = weight(i)
X = [[1.0, 0.5], [-0.5, 1.5], [2.0, -1.0], [-1.5, -0.5], [0.3, 0.8], [1.2, -1.4]]
y = [1.0, -1.0, 1.0, -1.0, -1.0, 1.0]
for step in range(8):
    data_loss = Value(0.0)
    for xi, yi in zip(X, y):
        data_loss = data_loss + (1 + -yi * model(xi)).relu()
    data_loss = data_loss * (1.0 / len(X))
    reg = Value(0.0)
    for p in model.parameters():
        reg = reg + p * p
    total = data_loss + 1e-4 * reg
    for p in model.parameters():
        p.grad = 0
    total.backward()
    lr = 1.0 - 0.9 * step / 8
    for p in model.parameters():
        p.data -= lr * p.grad
    print(step, total.data)
