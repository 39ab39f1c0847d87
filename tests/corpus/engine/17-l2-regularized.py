from reference import MLP, Value, weight
model = MLP(2, [3, 1])
for i, p in enumerate(model.parameters()):
    p.data = weight(i + 5)
X = [[1.0, 2.0], [-1.0, 0.5], [0.0, -2.0]]
Y = [1.0, 0.0, -1.0]
mse = Value(0.0)
for x, y in zip(X, Y):
    mse = mse + (model(x) - y) ** 2
mse = mse / float(len(X))
penalty = Value(0.0)
for p in model.parameters():
    penalty = penalty + p ** 2
loss = mse + 0.01 * penalty
loss.backward()
print(mse.data, penalty.data, loss.data)
print([p.grad for p in model.parameters()])
