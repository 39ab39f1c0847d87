"""The independent engine the engine corpus is checked against: PyPI micrograd's `Value` and `MLP`,
plus the unary functions micrograd 0.1.0 does not have (tanh, exp, log, sigmoid), each written the way
micrograd writes its own operations (a local derivative times the output's gradient)."""
import math

from micrograd.engine import Value
from micrograd.nn import MLP, Layer, Neuron  # noqa: F401 - re-exported for the reference programs


def _unary(v, data, local_derivative, op):
    out = Value(data, (v,), op)

    def _backward():
        v.grad += local_derivative(out) * out.grad
    out._backward = _backward
    return out


def tanh(v):
    return _unary(v, math.tanh(v.data), lambda out: 1 - out.data ** 2, "tanh")


def exp(v):
    return _unary(v, math.exp(v.data), lambda out: out.data, "exp")


def log(v):
    return _unary(v, math.log(v.data), lambda out: 1 / v.data, "log")


def sigmoid(v):
    return _unary(v, 1 / (1 + math.exp(-v.data)), lambda out: out.data * (1 - out.data), "sigmoid")


def weight(i):
    """The corpus's deterministic weights (the Swiftgrad programs compute the same numbers):
    i-th weight = ((i * 37) % 19 - 9) / 10, exact in both languages."""
    return ((i * 37) % 19 - 9) / 10
