"""Gradient parity with PyPI micrograd: the same random MLP, weights, inputs and loss, built once in
micrograd (Python) and once in Swiftgrad (run by the real `swiftgrad run`), give the same loss and the
same gradient for every parameter and every input, to 1e-12."""
import random

import pytest
from micrograd.engine import Value
from micrograd.nn import MLP

from harness import run_script

TOLERANCE = 1e-12


def micrograd_case(seed, nin, sizes, samples):
    """Random weights and inputs; micrograd's loss (hinge + squared error + L2) and gradients."""
    rng = random.Random(seed)
    model = MLP(nin, sizes)
    params = model.parameters()
    for p in params:
        p.data = rng.uniform(-1, 1)
    X = [[Value(rng.uniform(-2, 2)) for _ in range(nin)] for _ in range(samples)]
    y = [rng.choice([-1.0, 1.0]) for _ in range(samples)]
    total = Value(0.0)
    for xs, yi in zip(X, y):
        score = model(xs)
        total = total + (1 + -yi * score).relu() + (score - yi) ** 2 / 4
    total = total * (1.0 / samples) + 1e-4 * sum((p * p for p in params), Value(0.0))
    total.backward()
    return {
        "weights": [p.data for p in params],
        "inputs": [[x.data for x in row] for row in X],
        "targets": y,
        "loss": total.data,
        "param_grads": [p.grad for p in params],
        "input_grads": [x.grad for row in X for x in row],
    }


def swiftgrad_script(nin, sizes, case):
    """The same computation in Swiftgrad; prints the loss, then every parameter and input gradient."""
    rows = ",\n    ".join("[" + ", ".join(f"Value({x!r})" for x in row) + "]" for row in case["inputs"])
    return f"""
let model = MLP({nin}, {sizes})
let params = model.parameters()
let weights = {case["weights"]!r}
for (p, w) in zip(params, weights) {{ p.data = w }}
let X = [
    {rows}
]
let y = {case["targets"]!r}
var total = Value(0.0)
for (xs, yi) in zip(X, y) {{
    let score = model(xs)
    total = total + (1 + -yi * score).relu() + (score - yi) ** 2 / 4
}}
var reg = Value(0.0)
for p in params {{ reg = reg + p * p }}
total = total * (1.0 / Double(X.count)) + 1e-4 * reg
total.backward()
print(total.data)
for p in params {{ print(p.grad) }}
for row in X {{ for x in row {{ print(x.grad) }} }}
"""


@pytest.mark.parametrize("seed,nin,sizes,samples", [
    (0, 3, [4, 4, 1], 4),
    (1, 2, [16, 16, 1], 8),     # the moons demo's shape
    (2, 5, [7, 3, 1], 6),
])
def test_gradients_match_micrograd(tmp_path, seed, nin, sizes, samples):
    case = micrograd_case(seed, nin, sizes, samples)
    result = run_script(tmp_path, swiftgrad_script(nin, sizes, case))
    assert result.returncode == 0, result.stderr
    numbers = [float(line) for line in result.stdout.split()]
    expected = [case["loss"]] + case["param_grads"] + case["input_grads"]
    assert len(numbers) == len(expected)
    assert any(g != 0 for g in case["input_grads"]), "the case exercises input gradients"
    for i, (got, want) in enumerate(zip(numbers, expected)):
        assert abs(got - want) <= TOLERANCE, f"value {i}: swiftgrad {got!r}, micrograd {want!r}"
