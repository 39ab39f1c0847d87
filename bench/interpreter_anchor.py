#!/usr/bin/env python3
"""Anchor for the interpreter benchmarks: runs each given Python program in this CPython process,
`--repeat` times, and prints one JSON object {name: {"seconds": best, "runs": [...], "stdout": ...}}.
The Swift harness runs the same-named .swiftgrad programs and compares times and output.
Times are CPU time (time.process_time), as Swiftgrad's are: the machine is shared."""
import argparse
import contextlib
import io
import json
import os
import sys
import time


def run_program(path, repeat):
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    runs, out = [], ""
    for _ in range(repeat):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            t0 = time.process_time()
            exec(code, {"__name__": "__bench__"})
            runs.append(time.process_time() - t0)
        out = buffer.getvalue()
    return {"seconds": min(runs), "runs": runs, "stdout": out}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("programs", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sys.setrecursionlimit(100_000)
    result = {"python": sys.version.split()[0]}
    for path in args.programs:
        name = os.path.splitext(os.path.basename(path))[0]
        result[name] = run_program(path, args.repeat)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
