from reference import Value, tanh, weight
W1 = [[Value(weight(2 * i + j)) for j in range(2)] for i in range(3)]
b1 = [Value(0.0) for _ in range(3)]
W2 = [Value(weight(10 + i)) for i in range(3)]
b2 = Value(0.5)
params = [w for row in W1 for w in row] + b1 + W2 + [b2]


def forward(x):
    out = b2
    for i in range(3):
        h = tanh(W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i])
        out = out + W2[i] * h
    return out


for step in range(3):
    loss = (forward([1.0, -1.0]) - 2.0) ** 2 + (forward([0.5, 2.0]) + 1.0) ** 2
    for p in params:
        p.grad = 0
    loss.backward()
    print(step, loss.data)
    print([p.grad for p in params])
    for p in params:
        p.data -= 0.05 * p.grad
