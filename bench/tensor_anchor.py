#!/usr/bin/env python3
"""Anchor for the tensor benchmarks (issue 11): NumPy on one thread. Prints one JSON object.

- seed001_s: seed 001's SimpleNeuralNetwork trained 1000 epochs with its explicit deltas (the loop
  only; CPU time, fastest of 5 runs from the same start);
- matmul_N_s: one N×N float64 product (fastest of 5), N = 512 and 1024;
- mlp_s: an MLP 784-128-10 (ReLU, softmax cross-entropy) forward and hand-written backward on a
  batch of 256 (fastest of 10).

OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset before NumPy loads: this workplace sets them on some
processors for older OpenBLAS builds, and they slow a current NumPy (see the project notes). NumPy's
BLAS is limited to one thread, as Swiftgrad's is.
"""
import json
import os
import time

for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
    os.environ.pop(name, None)
os.environ["OPENBLAS_NUM_THREADS"] = "1"

import numpy as np  # noqa: E402  (after the environment is set)
from threadpoolctl import threadpool_info  # noqa: E402


def best(runs, body):
    fastest = float("inf")
    for _ in range(runs):
        t = time.process_time()
        body()
        fastest = min(fastest, time.process_time() - t)
    return fastest


def seed001():
    np.random.seed(42)
    X = np.random.randn(100, 2)
    y = (X[:, 0] + X[:, 1] > 0).astype(float).reshape(-1, 1)
    W1s, W2s = np.random.randn(2, 4) * 0.01, np.random.randn(4, 1) * 0.01

    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def train():
        W1, b1, W2, b2 = W1s.copy(), np.zeros(4), W2s.copy(), np.zeros(1)
        m = X.shape[0]
        for _ in range(1000):
            a1 = sigmoid(X @ W1 + b1)
            a2 = sigmoid(a1 @ W2 + b2)
            np.mean((a2 - y) ** 2)
            dz2 = a2 - y
            dW2 = (a1.T @ dz2) / m
            db2 = np.sum(dz2, axis=0) / m
            dz1 = (dz2 @ W2.T) * (a1 * (1 - a1))
            dW1 = (X.T @ dz1) / m
            db1 = np.sum(dz1, axis=0) / m
            W2 -= 0.1 * dW2
            b2 -= 0.1 * db2
            W1 -= 0.1 * dW1
            b1 -= 0.1 * db1

    return best(5, train)


def matmul(n):
    rng = np.random.default_rng(1)
    a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    a @ b
    return best(5, lambda: a @ b)


def mlp():
    rng = np.random.default_rng(2)
    X = rng.standard_normal((256, 784))
    labels = rng.integers(0, 10, 256)
    W1, b1 = rng.standard_normal((784, 128)) * 0.05, np.zeros(128)
    W2, b2 = rng.standard_normal((128, 10)) * 0.05, np.zeros(10)

    def step():
        z1 = X @ W1 + b1
        a1 = np.maximum(z1, 0)
        z2 = a1 @ W2 + b2
        z2 = z2 - z2.max(axis=1, keepdims=True)
        p = np.exp(z2)
        p /= p.sum(axis=1, keepdims=True)
        -np.log(p[np.arange(256), labels]).mean()
        dz2 = p
        dz2[np.arange(256), labels] -= 1
        dz2 /= 256
        dW2 = a1.T @ dz2
        db2 = dz2.sum(axis=0)
        dz1 = (dz2 @ W2.T) * (z1 > 0)
        dW1 = X.T @ dz1
        db1 = dz1.sum(axis=0)
        return dW1, db1, dW2, db2

    step()
    return best(10, step)


blas = [i for i in threadpool_info() if i.get("user_api") == "blas"]
print(json.dumps({
    "numpy": np.__version__,
    "blas": ", ".join(f"{i.get('internal_api')} {i.get('version')} ({i.get('architecture')}, {i.get('num_threads')} thread)" for i in blas),
    "seed001_s": seed001(),
    "matmul_512_s": matmul(512),
    "matmul_1024_s": matmul(1024),
    "mlp_s": mlp(),
}))
