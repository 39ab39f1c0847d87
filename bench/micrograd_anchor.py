#!/usr/bin/env python3
"""Anchor for the engine benchmarks: PyPI `micrograd` on CPython, the same graphs and loops as
Sources/swiftgrad/Bench/EngineBenchmarks.swift. Prints one JSON object on stdout.

Graphs (identical construction in the Swift harness, so node counts match):
- chain: v = ((v * 0.9 + 0.1).relu()) ** 2, repeated (6 nodes per link: 2 constant leaves + 4 ops);
- wide:  layers of `width` neurons, act = b + Σ w·x, relu, weights ±1/width (an MLP-shaped graph).
Forward = building the graph; backward = micrograd's `backward()` (its recursive topological sort
and the closures). micrograd recurses once per graph level, so the recursion limit is raised.

Times are CPU time of this process (time.process_time), as Swiftgrad's are: the machine is shared,
and CPU time does not count the time spent waiting for a core.

Timings are taken with CPython's cycle collector disabled (micrograd's fastest case, so the ratio
against it is conservative) and also with it enabled (what a learner's notebook runs with).
"""
import argparse
import gc
import json
import math
import random
import sys
import time

from micrograd.engine import Value
from micrograd.nn import MLP

sys.setrecursionlimit(1_000_000)


def rss_bytes(field="VmRSS"):
    """Resident set size (or VmHWM, the peak) of this process from /proc/self/status."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def build_chain(nodes):
    v = Value(0.5)
    for _ in range(max(1, (nodes - 1) // 6)):
        v = ((v * 0.9 + 0.1).relu()) ** 2
    return v


def wide_weight(layer, neuron, i, width):
    return (-1.0 if (i + neuron + layer) % 3 == 0 else 1.0) / width


def build_wide(nodes, width=32):
    per_layer = width * (3 * width + 2)
    layers = max(1, nodes // per_layer)
    x = [Value(0.1 * (i + 1)) for i in range(width)]
    for layer in range(layers):
        out = []
        for j in range(width):
            act = Value(0.01)
            for i in range(width):
                act = act + Value(wide_weight(layer, j, i, width)) * x[i]
            out.append(act.relu())
        x = out
    total = x[0]
    for v in x[1:]:
        total = total + v
    return total


def count_nodes(root):
    seen, stack = {id(root)}, [root]
    while stack:
        v = stack.pop()
        for c in v._prev:
            if id(c) not in seen:
                seen.add(id(c))
                stack.append(c)
    return len(seen)


def time_graph(build, nodes, gc_enabled):
    """(forward ns/node, backward ns/node, node count) for one graph built and back-propagated."""
    gc.collect()
    (gc.enable if gc_enabled else gc.disable)()
    t0 = time.process_time()
    root = build(nodes)
    t1 = time.process_time()
    root.backward()
    t2 = time.process_time()
    gc.disable()
    n = count_nodes(root)
    del root
    gc.collect()
    gc.enable()
    return (t1 - t0) * 1e9 / n, (t2 - t1) * 1e9 / n, n


def bytes_per_node(nodes):
    """RSS growth while a chain of `nodes` nodes is alive (after its backward pass), per node."""
    gc.collect()
    gc.disable()
    before = rss_bytes()
    root = build_chain(nodes)
    root.backward()
    after = rss_bytes()
    n = count_nodes(root)
    del root
    gc.collect()
    gc.enable()
    return (after - before) / n, n


def xor_loop(steps):
    """Seed 004's XOR loop: MLP 2-4-4-1 with ReLU on every layer (as the seed), MSE, SGD lr 0.1."""
    random.seed(4)
    X = [[0, 0], [0, 1], [1, 0], [1, 1]]
    y = [0, 1, 1, 0]
    model = MLP(2, [4, 4, 1])
    for n in model.layers[-1].neurons:   # the seed's MLP puts ReLU on the output too
        n.nonlin = True
    lr = 0.1
    t0 = time.process_time()
    for step in range(steps):
        predictions = [model(x) for x in X]
        loss = sum((pred - target) ** 2 for pred, target in zip(predictions, y))
        loss = loss * (1 / len(y))
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= lr * p.grad
    return (time.process_time() - t0) / steps, loss.data


def make_moons(n, noise=0.1, seed=1337):
    """scikit-learn's make_moons (sklearn is not installed): two interleaved half circles + noise."""
    rng = random.Random(seed)
    n_out, n_in = n // 2, n - n // 2
    X, y = [], []
    for k in range(n_out):
        t = math.pi * k / max(1, n_out - 1)
        X.append([math.cos(t), math.sin(t)]); y.append(0)
    for k in range(n_in):
        t = math.pi * k / max(1, n_in - 1)
        X.append([1 - math.cos(t), 1 - math.sin(t) - 0.5]); y.append(1)
    X = [[a + rng.gauss(0, noise), b + rng.gauss(0, noise)] for a, b in X]
    return X, y


def moons_demo(steps):
    """micrograd's demo.ipynb: moons(100), MLP 2-16-16-1, max-margin loss + 1e-4 L2, SGD 1 - 0.9k/100."""
    random.seed(1337)
    X, y = make_moons(100, noise=0.1)
    y = [yi * 2 - 1 for yi in y]
    model = MLP(2, [16, 16, 1])

    def loss():
        inputs = [list(map(Value, xrow)) for xrow in X]
        scores = list(map(model, inputs))
        losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(y, scores)]
        data_loss = sum(losses) * (1.0 / len(losses))
        alpha = 1e-4
        reg_loss = alpha * sum((p * p for p in model.parameters()))
        total_loss = data_loss + reg_loss
        accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
        return total_loss, sum(accuracy) / len(accuracy)

    t0 = time.process_time()
    for k in range(steps):
        total_loss, acc = loss()
        model.zero_grad()
        total_loss.backward()
        learning_rate = 1.0 - 0.9 * k / 100
        for p in model.parameters():
            p.data -= learning_rate * p.grad
    return (time.process_time() - t0) / steps, total_loss.data


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000, help="graph size for the per-node timings")
    ap.add_argument("--xor-steps", type=int, default=1000)
    ap.add_argument("--moons-steps", type=int, default=3)
    args = ap.parse_args()

    result = {"python": sys.version.split()[0]}
    # Memory first, while the allocator has no freed memory to hand back out.
    result["bytes_per_node"], result["memory_nodes"] = bytes_per_node(args.nodes)
    for name, build in (("chain", build_chain), ("wide", build_wide)):
        # Collector off: the fastest of two graphs (as Swiftgrad's figures are the fastest of three).
        runs = [time_graph(build, args.nodes, gc_enabled=False) for _ in range(2)]
        fwd, bwd, n = min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2]
        fwd_gc, bwd_gc, _ = time_graph(build, args.nodes, gc_enabled=True)
        result[name] = {"nodes": n, "forward_ns": fwd, "backward_ns": bwd,
                        "forward_ns_gc": fwd_gc, "backward_ns_gc": bwd_gc}
    result["xor_s_per_step"], result["xor_final_loss"] = xor_loop(args.xor_steps)
    result["xor_steps"] = args.xor_steps
    result["moons_s_per_step"], result["moons_loss"] = moons_demo(args.moons_steps)
    result["moons_steps"] = args.moons_steps
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
