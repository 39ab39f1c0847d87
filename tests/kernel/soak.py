"""Soak run (`make soak`, docs/reliability.md): 10,000 executes and 1,000 train/backward cycles on one
kernel, with interrupts at random points; prints the kernel's RSS at start and end and latency
percentiles as a Markdown table. SOAK_EXECUTES / SOAK_CYCLES / SOAK_SEED override the sizes."""
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/: the harness
from harness import iopub_until_idle, reply_to, run_cell, start_kernel, stop_kernel  # noqa: E402

EXECUTES = int(os.environ.get("SOAK_EXECUTES", "10000"))
CYCLES = int(os.environ.get("SOAK_CYCLES", "1000"))
SEED = int(os.environ.get("SOAK_SEED", "17"))

CELLS = ["1 + 1", "print(kept)", "var t = 0\nfor i in 0..<1000 { t += i }\nt",
         "let v = Value(3.0)\nlet w = v * v + 1\nw.backward()\nv.grad", "[1, 2, 3].map { $0 * $0 }",
         "String(repeating: \"ab\", count: 100).count", "func sq(_ x: Double) -> Double { x * x }\nsq(4)",
         "undefinedName", "var d: [Int: Int] = [:]\nfor i in 0..<500 { d[i] = i }\nd.count"]
SETUP = "let kept = 42\nlet model = MLP(2, [8, 8, 1])\nlet xs = [[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]\nlet ys = [1.0, 1.0, -1.0, -1.0]"
CYCLE = """var loss = Value(0.0)
for (x, y) in zip(xs, ys) { let d = model(x) - y; loss = loss + d * d }
model.zeroGrad()
loss.backward()
for p in model.parameters() { p.data -= 0.05 * p.grad }
loss.data"""
LOOP = "var spin = 0\nwhile true { spin += 1 }"


def execute(kc, code, timeout=30):
    """Runs a cell and waits for its reply and its `idle` (no draining pause, so the time is the cell's)."""
    msg_id = kc.execute(code)
    reply = reply_to(kc, msg_id, timeout=timeout)
    iopub_until_idle(kc, msg_id, timeout)
    return reply


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def percentiles(xs):
    xs = sorted(xs)
    pick = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))] * 1000
    return f"{pick(0.5):.1f} | {pick(0.9):.1f} | {pick(0.99):.1f} | {xs[-1] * 1000:.1f}"


def main():
    rng = random.Random(SEED)
    km, kc = start_kernel()
    pid = km.provisioner.process.pid
    started = time.time()
    assert run_cell(kc, SETUP)[0]["content"]["status"] == "ok"
    rss_start = rss_mb(pid)
    latencies, cycle_latencies, interrupts, errors = [], [], 0, 0
    for i in range(EXECUTES):
        if rng.random() < 0.01:   # an interrupt at a random point of a running loop
            msg_id = kc.execute(LOOP)
            time.sleep(rng.random() * 0.05)
            km.interrupt_kernel()
            reply_to(kc, msg_id, timeout=30)
            interrupts += 1
            continue
        t = time.perf_counter()
        reply = execute(kc, rng.choice(CELLS))
        latencies.append(time.perf_counter() - t)
        errors += reply["content"]["status"] != "ok"
    for i in range(CYCLES):
        if rng.random() < 0.05:   # interrupt a training cycle mid-way
            msg_id = kc.execute("train(model, xs, ys, epochs: 100000, progress: false)")
            time.sleep(rng.random() * 0.05)
            km.interrupt_kernel()
            reply_to(kc, msg_id, timeout=30)
            interrupts += 1
        t = time.perf_counter()
        reply = execute(kc, CYCLE)
        cycle_latencies.append(time.perf_counter() - t)
        assert reply["content"]["status"] == "ok", reply["content"]
    reply, outputs = run_cell(kc, "print(kept)")
    assert [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"] == ["42\n"]
    rss_end = rss_mb(pid)
    alive = km.is_alive()
    stop_kernel(km, kc)
    print(f"soak: {EXECUTES} executes ({errors} script errors by design), {CYCLES} train/backward cycles, "
          f"{interrupts} interrupts, {time.time() - started:.0f} s, seed {SEED}, kernel alive: {alive}")
    print("| run | p50 ms | p90 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |")
    print(f"| execute (small cells) | {percentiles(latencies)} |")
    print(f"| train/backward cycle (MLP 2-8-8-1, 4 samples) | {percentiles(cycle_latencies)} |")
    print(f"RSS: {rss_start:.0f} MB after setup, {rss_end:.0f} MB at the end")
    return 0 if alive else 1


if __name__ == "__main__":
    sys.exit(main())
