from reference import MLP, weight
model = MLP(3, [4, 4, 1])
for i, p in enumerate(model.parameters()):
    p.data = weight(i)
out = model([1.0, -2.0, 0.5])
loss = (out - 1.0) ** 2
loss.backward()
print(out.data, loss.data)
for p in model.parameters():
    print(p.grad)
