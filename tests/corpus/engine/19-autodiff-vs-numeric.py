import math
from reference import Value, tanh, exp


def f(x, y):
    return math.tanh(x * y + x * x) * math.exp(-y) + y / x


for px, py in [(0.5, 0.25), (-1.0, 0.75), (1.5, -0.5)]:
    x, y = Value(px), Value(py)
    out = tanh(x * y + x ** 2) * exp(-y) + y / x
    out.backward()
    h = 1e-6
    nx = (f(px + h, py) - f(px - h, py)) / (2 * h)
    ny = (f(px, py + h) - f(px, py - h)) / (2 * h)
    print(out.data, x.grad, y.grad, 1 if abs(nx - x.grad) < 1e-6 else 0, 1 if abs(ny - y.grad) < 1e-6 else 0)
