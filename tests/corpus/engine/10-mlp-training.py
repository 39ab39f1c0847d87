from reference import MLP, Value, weight
model = MLP(3, [4, 4, 1])
for i, p in enumerate(model.parameters()):
    p.data = weight(i)
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
for k in range(15):
    loss = Value(0.0)
    for x, y in zip(xs, ys):
        loss = loss + (model(x) - y) ** 2
    for p in model.parameters():
        p.grad = 0
    loss.backward()
    for p in model.parameters():
        p.data += -0.02 * p.grad
    print(k, loss.data)
print(*[model(x).data for x in xs])
