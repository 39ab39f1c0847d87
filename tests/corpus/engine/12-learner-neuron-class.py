from reference import Value, tanh, weight


class MyNeuron:
    def __init__(self, nin, offset):
        self.w = [Value(weight(offset + i)) for i in range(nin)]
        self.b = Value(0.1)

    def forward(self, x):
        act = self.b
        for wi, xi in zip(self.w, x):
            act = act + wi * xi
        return tanh(act)

    def parameters(self):
        return self.w + [self.b]


neurons = [MyNeuron(3, 0), MyNeuron(3, 3)]
x = [0.5, -1.0, 2.0]
outs = [n.forward(x) for n in neurons]
loss = (outs[0] - 0.5) ** 2 + (outs[1] + 0.5) ** 2
loss.backward()
print([o.data for o in outs], loss.data)
for n in neurons:
    print([p.grad for p in n.parameters()])
