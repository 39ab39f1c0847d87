"""The differential corpus: small plain-Swift programs (tests/corpus/programs/NNN-name.swift), each with
the output the real Swift compiler's binary prints (NNN-name.expected, written by swift_oracle.py).
A program starting `// trap: Kind` stops where Swift's binary traps, with a `Kind` error.

1. `swiftgrad run` prints exactly the expected text for every program (byte for byte).
2. The expected texts are still what swiftc's binaries print: all programs are compiled into one binary
   (see swift_oracle.py; the few that cannot be batched are compiled alone, two at a time). Measured on
   the shared 2-core machine (load ~11) with 326 programs: the whole file 2 min 47 s wall (40 s CPU of
   this process's children aside from swiftc's), the batch compile ~115 s of it; one swiftc per program
   would be ~0.7 s CPU each, ~4 min on 2 idle cores.
"""
import pathlib
import subprocess

import pytest

from harness import swiftgrad_binary
import swift_oracle

PROGRAMS = swift_oracle.programs()


def expected(path: pathlib.Path) -> str:
    return path.with_suffix(".expected").read_text()


def test_corpus_is_complete():
    assert len(PROGRAMS) >= 300
    missing = [p.name for p in PROGRAMS if not p.with_suffix(".expected").exists()]
    assert not missing, f"no .expected (run tests/corpus/swift_oracle.py NAME): {missing}"


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_swiftgrad_prints_what_swift_prints(path):
    done = subprocess.run([swiftgrad_binary(), "run", str(path)], capture_output=True, timeout=60)
    kind = swift_oracle.trap_kind(path)
    if kind:  # Swift stops the program here: so must we, with the error that says why
        assert done.returncode != 0
        assert f"{kind}:" in done.stderr.decode()
    else:
        assert done.stderr.decode() == ""
        assert done.returncode == 0
    assert done.stdout.decode() == expected(path)


def test_expected_outputs_are_what_swiftc_prints():
    truth = swift_oracle.verify(PROGRAMS, {p.stem: expected(p) for p in PROGRAMS})
    stale = [p.name for p in PROGRAMS if truth[p.stem] != expected(p)]
    assert not stale, f"swiftc's binaries print something else for: {stale}"
