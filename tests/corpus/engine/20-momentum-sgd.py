from reference import Value
p = [Value(2.0), Value(-1.0)]
velocity = [0.0, 0.0]
for step in range(12):
    loss = (p[0] - 1) ** 2 * 3 + (p[1] + 0.5) ** 2 + p[0] * p[1]
    for v in p:
        v.grad = 0
    loss.backward()
    for i in range(2):
        velocity[i] = 0.9 * velocity[i] - 0.05 * p[i].grad
        p[i].data += velocity[i]
    print(step, loss.data, p[0].data, p[1].data)
