"""The engine corpus: lesson-style programs that use the engine's `Value` (expressions, backward,
gradients, hand-written neurons, MLP training steps), each beside the same computation written in
Python on PyPI micrograd (engine/NN-name.py, with engine/reference.py adding the unary functions
micrograd lacks). `swiftgrad run` must print the same lines as the Python reference: the same words,
and numbers equal to within 1e-10 (relative) — the two engines round in different orders (micrograd
divides as `a * b**-1`), nothing more."""
import pathlib
import re
import subprocess
import sys

import pytest

from harness import swiftgrad_binary

ENGINE = pathlib.Path(__file__).resolve().parent / "engine"
PROGRAMS = sorted(ENGINE.glob("*.swiftgrad"))
TOLERANCE = 1e-10


def tokens(text: str) -> list:
    """Lines of words; brackets and commas are layout (Swift prints `[1.0, 2.0]`, Python `1.0 2.0`)."""
    return [re.sub(r"[\[\](),]", " ", line).split() for line in text.strip().splitlines()]


def same(ours: str, theirs: str) -> bool:
    try:
        a, b = float(ours), float(theirs)
    except ValueError:
        return ours == theirs
    return abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))


def test_engine_corpus_is_complete():
    assert len(PROGRAMS) >= 15
    missing = [p.name for p in PROGRAMS if not p.with_suffix(".py").exists()]
    assert not missing, f"no Python reference for: {missing}"


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_swiftgrad_matches_micrograd(path):
    ours = subprocess.run([swiftgrad_binary(), "run", str(path)], capture_output=True, text=True, timeout=60)
    assert ours.returncode == 0, ours.stderr
    assert ours.stderr == ""
    ref = subprocess.run([sys.executable, path.with_suffix(".py").name], capture_output=True, text=True,
                         timeout=60, cwd=ENGINE)
    assert ref.returncode == 0, ref.stderr
    got, want = tokens(ours.stdout), tokens(ref.stdout)
    assert len(got) == len(want), f"{len(got)} lines, the reference prints {len(want)}"
    assert any(len(line) > 0 for line in want)
    for n, (line, ref_line) in enumerate(zip(got, want), 1):
        assert len(line) == len(ref_line), f"line {n}: {line} vs reference {ref_line}"
        for ours_word, ref_word in zip(line, ref_line):
            assert same(ours_word, ref_word), f"line {n}: swiftgrad {ours_word}, micrograd {ref_word}"
