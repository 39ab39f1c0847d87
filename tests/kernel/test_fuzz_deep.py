"""Generated deep shapes through the kernel (issue 17): prefix chains, ternaries, else-if chains,
interpolation, closures, types, brackets, at depths from 10 up. Each request gets a reply (a result
or a SyntaxError/other script error) within a bound, the kernel stays alive, and a variable defined
before is still readable. `make test` goes to 100,000; `make fuzz` (SWIFTGRAD_FUZZ_DEEP=1) to 1,000,000."""
import os
import time

import pytest

from harness import run_cell

DEPTHS = [10, 100, 1_000, 10_000, 100_000] + ([1_000_000] if os.environ.get("SWIFTGRAD_FUZZ_DEEP") else [])
BOUND = 60


def shape(name, n):
    return {
        "prefix minus": "-(" * n + "kept" + ")" * n,
        "prefix bang": "!" * n + "true",
        "spaced prefix": "- " * n + "kept",
        "ternary": "kept > 0 ? 1 : " + "kept > 1 ? 1 : " * n + "0",
        "else if": "if kept == -1 { 0 }" + "".join(f" else if kept == {i} {{ {i} }}" for i in range(n)) + " else { 1 }",
        "interpolation": '"\\(' * n + "1" + ')"' * n,
        "unterminated interpolation": '"\\(' * n,
        "closures": "{ " * n + "1" + " }()" * n,
        "array types": "let t: " + "[" * n + "Int" + "]" * n + " = []",
        "optional types": "let t: Int" + "?" * n + " = nil",
        "function types": "let t: " + "(Int) -> " * n + "Int",
        "brackets": "[" * n + "]" * n,
        "binary chain": "kept" + " + kept" * n,
        "calls": "print" + "(" * n + ")" * n,
    }[name]


SHAPES = ["prefix minus", "prefix bang", "spaced prefix", "ternary", "else if", "interpolation",
          "unterminated interpolation", "closures", "array types", "optional types", "function types",
          "brackets", "binary chain", "calls"]


@pytest.mark.parametrize("name", SHAPES)
def test_deep_shapes_get_a_reply_and_keep_the_kernel(kernel, name):
    km, kc = kernel
    run_cell(kc, "let kept = 42")
    for n in DEPTHS:
        code = shape(name, n)
        started = time.perf_counter()
        reply, _ = run_cell(kc, code, timeout=BOUND)
        elapsed = time.perf_counter() - started
        print(f"{name} x{n}: {reply['content']['status']} {reply['content'].get('ename', '')} {elapsed:.2f} s")
        assert reply["content"]["status"] in ("ok", "error")
        assert km.is_alive(), f"{name} at depth {n} killed the kernel"
        for request in (kc.is_complete(code), kc.complete(code, len(code))):
            deadline = time.time() + BOUND
            while True:
                msg = kc.get_shell_msg(timeout=BOUND)
                if msg["parent_header"].get("msg_id") == request or time.time() > deadline:
                    break
        reply, outputs = run_cell(kc, "print(kept)", timeout=BOUND)
        assert [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"] == ["42\n"], (name, n)
