# The Scalar class of issue 3's acceptance program (plus relu), building and back-propagating an
# MLP-sized graph: a 2-16-16-1 network on 100 points, max-margin loss, 2 passes.
# Line-for-line the same program as scalar_class.swiftgrad; both print the same numbers.


class Scalar:
    def __init__(self, value, children=()):
        self.value = value
        self.grad = 0.0
        self.children = list(children)
        self._backward = lambda: None

    def __add__(self, rhs):
        lhs = self
        out = Scalar(lhs.value + rhs.value, [lhs, rhs])

        def _backward():
            lhs.grad += out.grad
            rhs.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, rhs):
        lhs = self
        out = Scalar(lhs.value * rhs.value, [lhs, rhs])

        def _backward():
            lhs.grad += rhs.value * out.grad
            rhs.grad += lhs.value * out.grad
        out._backward = _backward
        return out

    def relu(self):
        v = 0.0
        if self.value > 0:
            v = self.value
        out = Scalar(v, [self])

        def _backward():
            if out.value > 0:
                self.grad += out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        seen = set()

        def build(v):
            if id(v) in seen:
                return
            seen.add(id(v))
            for c in v.children:
                build(c)
            topo.append(v)
        build(self)
        self.grad = 1
        for v in reversed(topo):
            v._backward()


class Neuron:
    def __init__(self, nin, seed, nonlin):
        self.w = []
        for i in range(nin):
            self.w.append(Scalar(((i * 7 + seed * 3) % 11 - 5) / 10.0))
        self.b = Scalar(0.0)
        self.nonlin = nonlin

    def forward(self, x):
        act = self.b
        for i in range(len(self.w)):
            act = act + self.w[i] * x[i]
        if self.nonlin:
            return act.relu()
        return act

    def parameters(self):
        return self.w + [self.b]


class Layer:
    def __init__(self, nin, nout, seed, nonlin):
        self.neurons = []
        for j in range(nout):
            self.neurons.append(Neuron(nin, seed + j, nonlin))

    def forward(self, x):
        out = []
        for n in self.neurons:
            out.append(n.forward(x))
        return out

    def parameters(self):
        ps = []
        for n in self.neurons:
            ps += n.parameters()
        return ps


def make_model():
    return [Layer(2, 16, 1, True), Layer(16, 16, 20, True), Layer(16, 1, 40, False)]


def run_pass(model, points, labels):
    total = Scalar(0.0)
    for k in range(len(points)):
        x = [Scalar(points[k][0]), Scalar(points[k][1])]
        for layer in model:
            x = layer.forward(x)
        margin = Scalar(1.0) + Scalar(-labels[k]) * x[0]
        total = total + margin.relu()
    loss = total * Scalar(1.0 / len(points))
    for layer in model:
        for p in layer.parameters():
            p.grad = 0.0
    loss.backward()
    return loss


points = []
labels = []
for k in range(100):
    points.append([(k % 10) / 10.0 - 0.45, (k // 10) / 10.0 - 0.45])
    if (k % 10 + k // 10) % 2 == 0:
        labels.append(1.0)
    else:
        labels.append(-1.0)
model = make_model()
for _ in range(2):
    loss = run_pass(model, points, labels)
    print(loss.value, model[0].neurons[0].w[0].grad, model[2].neurons[0].b.grad)
